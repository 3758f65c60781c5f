import type { MedusaContainer } from "@medusajs/framework/types"
import { sendFeedbackFollowUps } from "@touchpoints/feedback/lib/send-follow-ups"
import { FEEDBACK_MODULE, type FeedbackModuleService } from "@touchpoints/feedback/modules/feedback"
import type { Browser, BrowserContext } from "playwright-core"
import { adminHeaders } from "../../helpers/admin"
import { launchChromium } from "../../helpers/chromium"
import { createFeedbackShop } from "../../helpers/feedback-shop"
import { explain } from "../../helpers/http"
import { useMailCatcher } from "../../helpers/mail"
import { httpTestRunner } from "../../helpers/runner"

jest.setTimeout(240_000)

// follow-ups go out as soon as an answer has settled; the storefront's survey page is stubbed in the browser
process.env.TP_FEEDBACK_FOLLOW_UP_DELAY_MINUTES = "0"
const STOREFRONT = "http://storefront.test"
process.env.TP_FEEDBACK_SURVEY_URL = `${STOREFRONT}/feedback?token={token}`
const mail = useMailCatcher(25_283)

type SurveyState = {
  nps_score: number | null
  first_answered_at: Date | null
  auto_score: number | null
  auto_discarded: boolean
}

/**
 * Mail scanners (Safe Links, Mimecast, Proofpoint) open every link of an email, some in a browser that runs the
 * page's scripts. The survey email's eleven score links must record nothing for them, and a person's one answer
 * exactly once, with its follow-up.
 */
httpTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof createFeedbackShop>>
    let container: MedusaContainer
    let browser: Browser

    beforeAll(async () => {
      browser = await launchChromium({ hideAutomation: true })
    })
    afterAll(async () => {
      await browser?.close()
    })
    beforeEach(async () => {
      container = getContainer()
      shop = await createFeedbackShop(container, api)
    })

    /** The server the email's links point at (core's backendUrl) is this test's server. */
    const onTestServer = (link: string) => new URL(new URL(link).pathname, api.defaults.baseURL).toString()

    /** A real order, shipped 8 days ago, and the survey email the scan sends (from the SMTP capture). */
    const surveyEmail = async (email: string) => {
      const orderId = await shop.placeOrder({ email })
      await shop.fulfill(orderId)
      await shop.daysSinceShipping(orderId, 8)
      const admin = await adminHeaders(container, api)
      expect((await api.post("/admin/feedback/run", {}, admin).catch(explain)).data.surveys.outcomes).toEqual({
        sent: 1,
      })
      const [message] = await mail.catcher().waitForMessages(1)
      const links = [...message.html.matchAll(/href="([^"]+\/touchpoints\/feedback\/[^"]+\/\d+)"/g)].map((match) =>
        onTestServer(match[1])
      )
      expect(links.map((link) => Number(link.split("/").at(-1)))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
      return { orderId, links, admin }
    }
    const survey = async (orderId: string): Promise<SurveyState> =>
      (
        await shop.pg.raw(
          "SELECT nps_score, first_answered_at, auto_score, auto_discarded FROM tp_fb_survey WHERE order_id = ?",
          [orderId]
        )
      ).rows[0]
    const alerts = async () => (await shop.pg.raw("SELECT nps_score, state FROM tp_fb_alert")).rows
    /** Time passes: the burst of automatic answers has been quiet long enough, then the follow-up job runs. */
    const burstEndsAndFollowUpsRun = async () => {
      await shop.pg.raw(
        "UPDATE tp_fb_survey SET auto_settles_at = now() - interval '1 second' WHERE auto_settles_at IS NOT NULL"
      )
      return sendFeedbackFollowUps(container)
    }
    /** A browser session whose storefront survey page is a stub (the widget is tested on its own). */
    const session = async (): Promise<BrowserContext> => {
      const context = await browser.newContext()
      await context.route(`${STOREFRONT}/**`, (route) =>
        route.fulfill({ status: 200, contentType: "text/html", body: "<title>Survey page</title>" })
      )
      return context
    }
    const onSurveyPage = new RegExp(`^${STOREFRONT}/feedback\\?token=`)
    /**
     * Opens a link as a mail client would, and waits for what the page does by itself: it posts the score and
     * lands on the storefront's survey page, or asks for the button.
     */
    const open = async (context: BrowserContext, link: string) => {
      const page = await context.newPage()
      await page.goto(link)
      await Promise.race([
        page.waitForURL(onSurveyPage, { waitUntil: "load" }),
        page.getByText("Please press the button to send your score.").waitFor(),
      ])
      return page
    }
    const nothingRecorded = {
      nps_score: null,
      first_answered_at: null,
    }

    it("records nothing when a scanner without scripts fetches every score link of the email", async () => {
      const { orderId, links } = await surveyEmail("scanned@example.test")
      for (const [score, link] of links.entries()) {
        for (const method of ["get", "head"] as const) {
          const fetched = await api.request({ method, url: link, maxRedirects: 5, validateStatus: () => true })
          expect(fetched.status).toBe(200)
          if (method === "get") expect(fetched.data).toContain(`Send my score (${score})`)
        }
      }
      // a click tracker's parameters change nothing
      expect((await api.get(`${links[10]}?utm_source=mail`, { validateStatus: () => true })).status).toBe(200)
      expect(await survey(orderId)).toMatchObject({ ...nothingRecorded, auto_score: null })
      expect(await burstEndsAndFollowUpsRun()).toEqual({ handled: 0, alerts_emailed: 0, thanks_sent: 0 })
      expect(await survey(orderId)).toMatchObject(nothingRecorded)
      expect(await alerts()).toEqual([])

      // then the person opens the link for 9: the page posts it by itself, and it counts once the burst is over
      const person = await session()
      const page = await open(person, links[9])
      expect(page.url()).toMatch(onSurveyPage)
      expect(await survey(orderId)).toMatchObject({ nps_score: null, auto_score: 9, auto_discarded: false })
      const view = await api.get(`/store/feedback/${links[9].split("/").at(-2)}`, shop.headers).catch(explain)
      expect(view.data.survey).toMatchObject({ answers: { nps_score: 9 }, band: "promoter" })
      await person.close()
      expect(await burstEndsAndFollowUpsRun()).toEqual({ handled: 1, alerts_emailed: 0, thanks_sent: 1 })
      expect(await survey(orderId)).toMatchObject({ nps_score: 9, auto_score: null })
      expect((await burstEndsAndFollowUpsRun()).handled).toBe(0)
      const thanks = mail
        .catcher()
        .messages()
        .filter((message) => message.to.includes("scanned@example.test"))
      expect(thanks).toHaveLength(2) // the survey and one thank-you
    })

    it("records nothing when a scanner opens every score link in a browser that runs the page's script", async () => {
      const { orderId, links } = await surveyEmail("detonated@example.test")
      const scanner = await session()
      for (const link of links) {
        const page = await open(scanner, link)
        // it looks like a person's browser: the page's script posted by itself
        expect(await page.evaluate(() => navigator.webdriver)).toBe(false)
      }
      await scanner.close()
      expect(await survey(orderId)).toMatchObject({ ...nothingRecorded, auto_discarded: true })
      expect(await alerts()).toEqual([])
      expect(await burstEndsAndFollowUpsRun()).toEqual({ handled: 0, alerts_emailed: 0, thanks_sent: 0 })
      expect(await survey(orderId)).toMatchObject({ ...nothingRecorded, auto_score: null })
      expect(await alerts()).toEqual([])
    })

    it("takes a person's button press at once, even while a scanner's burst is held back", async () => {
      const { orderId, links } = await surveyEmail("unhappy@example.test")
      const scanner = await session()
      for (const link of links) await open(scanner, link)
      await scanner.close()

      // within the burst the page cannot save by itself: it asks for the button, and the press counts
      const person = await session()
      const page = await open(person, links[3])
      await page.getByText("Please press the button to send your score.").waitFor()
      expect(await survey(orderId)).toMatchObject(nothingRecorded)
      await page.getByRole("button", { name: "Send my score (3)" }).click()
      await page.waitForURL(onSurveyPage)
      await person.close()
      expect(await survey(orderId)).toMatchObject({ nps_score: 3, auto_score: null })
      expect(await alerts()).toEqual([{ nps_score: 3, state: "open" }])
      // the scanner opens one more link while its burst runs: the person's answer stands
      const late = await session()
      await open(late, links[10])
      await late.close()

      expect(await burstEndsAndFollowUpsRun()).toEqual({ handled: 1, alerts_emailed: 1, thanks_sent: 0 })
      expect((await burstEndsAndFollowUpsRun()).handled).toBe(0)
      expect(await survey(orderId)).toMatchObject({ nps_score: 3 })
      const ownerAlerts = mail
        .catcher()
        .messages()
        .filter((message) => message.to.includes("owner@touchpoints.local"))
      expect(ownerAlerts.map((message) => message.subject)).toEqual([expect.stringMatching(/scored 3\/10$/)])
    })

    it("counts a waiting score at once when the person sends the follow-up from the survey page", async () => {
      const { orderId, links } = await surveyEmail("follow-up@example.test")
      const person = await session()
      await open(person, links[2])
      await person.close()
      expect(await survey(orderId)).toMatchObject({ nps_score: null, auto_score: 2 })
      expect(await alerts()).toEqual([])
      // what <tp-feedback-survey> sends with "Send feedback": the person's own action confirms the score
      const token = links[2].split("/").at(-2)
      const sent = await api
        .post(`/store/feedback/${token}`, { ces_score: 4, comment: "Slow parcel." }, shop.headers)
        .catch(explain)
      expect(sent.data.survey.answers).toEqual({ nps_score: 2, ces_score: 4, comment: "Slow parcel." })
      expect(await survey(orderId)).toMatchObject({ nps_score: 2, auto_score: null })
      expect(await alerts()).toEqual([{ nps_score: 2, state: "open" }])
      expect(await burstEndsAndFollowUpsRun()).toEqual({ handled: 1, alerts_emailed: 1, thanks_sent: 0 })
      expect((await burstEndsAndFollowUpsRun()).handled).toBe(0)
      expect(await survey(orderId)).toMatchObject({ nps_score: 2 })
    })

    it("takes the button without scripts, and answers plain 4xx pages for bad, expired and closed links", async () => {
      const { orderId, links } = await surveyEmail("plain@example.test")
      const form = { headers: { "content-type": "application/x-www-form-urlencoded" }, maxRedirects: 0 }
      const pressed = await api.post(links[7], "how=button", { ...form, validateStatus: () => true })
      expect(pressed.status).toBe(303)
      expect(pressed.headers.location).toMatch(new RegExp(`^${STOREFRONT}/feedback\\?token=`))
      expect(await survey(orderId)).toMatchObject({ nps_score: 7 })

      const token = links[7].split("/").at(-2) ?? ""
      const bad = [
        [links[7].replace(/\/7$/, "/11"), 400, "Score not recognised"],
        [links[7].replace(token, `${token.slice(0, -2)}AA`), 404, "Link not recognised"],
      ] as const
      for (const [link, status, title] of bad) {
        const page = await api.get(link, { validateStatus: () => true })
        expect([page.status, page.data]).toEqual([status, expect.stringContaining(title)])
        expect((await api.post(link, "how=button", { ...form, validateStatus: () => true })).status).toBe(status)
      }
      const unknownHow = await api.post(links[7], "how=scanner", { ...form, validateStatus: () => true })
      expect(unknownHow.status).toBe(400)

      // automaticAnswers off: the page has no script, and an automatic post is held back like a scanner's
      const settings = container.resolve<FeedbackModuleService>(FEEDBACK_MODULE).settings as {
        automaticAnswers: boolean
      }
      settings.automaticAnswers = false
      try {
        const page = await api.get(links[5])
        expect(page.data).not.toContain("<script>")
        const posted = await api.post(links[5], "how=automatic", { ...form, validateStatus: () => true })
        expect([posted.status, posted.data]).toEqual([200, expect.stringContaining("Please press the button")])
        expect(await survey(orderId)).toMatchObject({ nps_score: 7, auto_score: null })
      } finally {
        settings.automaticAnswers = true
      }

      // the change window has passed: the link says the survey is closed, and records nothing
      await shop.pg.raw("UPDATE tp_fb_survey SET first_answered_at = now() - interval '49 hours' WHERE order_id = ?", [
        orderId,
      ])
      const closed = await api.get(links[2], { validateStatus: () => true })
      expect([closed.status, closed.data]).toEqual([410, expect.stringContaining("can no longer be changed")])
      expect((await api.post(links[2], "how=button", { ...form, validateStatus: () => true })).status).toBe(410)
      expect(await survey(orderId)).toMatchObject({ nps_score: 7 })
    })
  },
})
