import type { Browser, Page } from "playwright-core"
import request from "supertest"
import { launchChromium } from "../helpers/chromium"
import { logInToDashboard } from "../helpers/dashboard"
import { guestOrder, ownerHeaders, pressScore, scoreLink, shipAWeekAgo, surveyEmail } from "../helpers/demo-feedback"
import { demoStore } from "../helpers/demo-store"

jest.setTimeout(240_000)

const store = demoStore()
const api = () => request(store.backendUrl)
const DAY_MS = 86_400_000

/** `from=&to=` for the last `days` days, ending now (as the page computes its period when it opens). */
const lastDays = (days: number) => {
  const to = new Date()
  return `from=${new Date(to.getTime() - days * DAY_MS).toISOString()}&to=${to.toISOString()}`
}

/** Reads `expected` from the API and `actual` from the page until they agree, at most three times: the store's
 * jobs may change a figure between the two reads. */
async function settled<T>(expected: () => Promise<T>, actual: () => Promise<T>) {
  let want = await expected()
  let got = await actual()
  for (let attempt = 0; attempt < 2 && JSON.stringify(got) !== JSON.stringify(want); attempt++) {
    want = await expected()
    got = await actual()
  }
  return { want, got }
}

type Alert = { id: string; order_id: string; order_display_id: number; seen_at: string | null }

describe("the feedback page and the order widget in the Medusa admin", () => {
  const run = Date.now()
  const comment = `The parcel arrived crushed (run ${run})`
  const praise = `Lovely tea, fast delivery (run ${run})`
  let browser: Browser
  let page: Page
  let admin: Record<string, string>
  let answeredOrderId: string
  let unsurveyedOrderId: string

  /** A guest order shipped a week ago whose survey was answered: the emailed link for `score`, then `answers`. */
  const answeredSurvey = async (email: string, score: number, answers: { ces_score: number; comment: string }) => {
    const orderId = await guestOrder(email)
    await shipAWeekAgo(admin, orderId)
    const token = await pressScore(scoreLink(await surveyEmail(admin, email), score))
    await api()
      .post(`/store/feedback/${token}`)
      .set({ "x-publishable-api-key": store.publishableKey })
      .send(answers)
      .expect(200)
    return orderId
  }

  beforeAll(async () => {
    browser = await launchChromium()
    admin = await ownerHeaders()
    answeredOrderId = await answeredSurvey(`e2e-admin-feedback-${run}@example.test`, 2, { ces_score: 4, comment })
    // a promoter too, so that filtering by band leaves someone out
    await answeredSurvey(`e2e-admin-feedback-promoter-${run}@example.test`, 10, { ces_score: 1, comment: praise })
    // and an order not shipped yet: no survey
    unsurveyedOrderId = await guestOrder(`e2e-admin-feedback-none-${run}@example.test`)

    page = await (await browser.newContext()).newPage()
    await logInToDashboard(page, store.backendUrl)
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("shows the report's figures as GET /admin/feedback/report answers them", async () => {
    const withPercent = (count: number, percent: number | null) =>
      percent === null ? `${count}` : `${count} (${percent}%)`
    const shown = (value: number | null) => (value === null ? "-" : String(value))
    const names = [
      "NPS",
      "Promoters",
      "Detractors",
      "Responses",
      "Effort (CES, 1 = easy)",
      "Response rate %",
      "Surveys offered",
    ]
    const reported = async () => {
      const report = (
        await api()
          .get(`/admin/feedback/report?${lastDays(30)}`)
          .set(admin)
          .expect(200)
      ).body.report
      return [
        shown(report.nps),
        withPercent(report.promoters, report.promoter_percent),
        withPercent(report.detractors, report.detractor_percent),
        String(report.responses),
        shown(report.ces_average),
        shown(report.response_rate),
        String(report.surveys_offered),
      ]
    }
    const onPage = async () => {
      await page.goto(`${store.backendUrl}/app/feedback`)
      await page.getByRole("heading", { name: "Report" }).waitFor({ timeout: 60_000 })
      await page.locator('[data-figure="NPS"]').waitFor()
      return Promise.all(names.map(async (name) => page.locator(`[data-figure="${name}"]`).textContent()))
    }
    const { want, got } = await settled(reported, onPage)
    expect(got).toEqual(want)
    expect(Number(got[3])).toBeGreaterThan(0) // this run's answer is in the period
    await expect(page.getByRole("img", { name: "Score distribution, 0 to 10" }).count()).resolves.toBe(1)
    await expect(page.getByRole("img", { name: /^NPS trend by week/ }).count()).resolves.toBe(1)
  })

  it("filters the verbatims by band as GET /admin/feedback/responses does, and exports the same as CSV", async () => {
    const rows = page.getByRole("table", { name: "Verbatims" }).locator("[data-survey-id]")
    const range = page.getByTestId("tp-feedback-verbatim-range")
    const expected = async () => {
      const query = `${lastDays(30)}&band=detractor&has_comment=true&limit=20`
      const answer = (await api().get(`/admin/feedback/responses?${query}`).set(admin).expect(200)).body
      const ids = answer.responses.map((response: { survey_id: string }) => response.survey_id)
      return { ids, range: `1-${ids.length} of ${answer.count}` }
    }
    const actual = async () => {
      await page.goto(`${store.backendUrl}/app/feedback`)
      await page.getByRole("combobox", { name: "Band" }).click()
      await page.getByRole("option", { name: "Detractors (0-6)" }).click()
      await page.getByRole("button", { name: "Apply filters" }).click()
      await range.filter({ hasText: / of \d+$/ }).waitFor()
      const ids = await rows.evaluateAll((cells) => cells.map((cell) => cell.getAttribute("data-survey-id")))
      return { ids, range: String(await range.textContent()) }
    }
    const { want, got } = await settled(expected, actual)
    expect(got).toEqual(want)
    await expect(rows.filter({ hasText: comment }).count()).resolves.toBe(1)
    await expect(rows.filter({ hasText: praise }).count()).resolves.toBe(0)
    await expect(rows.filter({ hasText: /promoter|passive/ }).count()).resolves.toBe(0)

    const href = String(await page.getByRole("link", { name: "Download CSV" }).getAttribute("href"))
    const csvQuery = new URL(href, store.backendUrl).searchParams
    expect([csvQuery.get("format"), csvQuery.get("band")]).toEqual(["csv", "detractor"])
    const csv = await api().get(href).set(admin).expect(200)
    expect(csv.headers["content-type"]).toContain("text/csv")
    expect(csv.text).toContain(answeredOrderId)
  })

  it("marks an alert seen, and the alerts API then reports it seen", async () => {
    const feed = (await api().get("/admin/feedback/alerts?state=open&limit=200").set(admin).expect(200)).body
    const alert = feed.alerts.find((entry: Alert) => entry.order_id === answeredOrderId) as Alert
    expect(alert.seen_at).toBeNull()

    await page.goto(`${store.backendUrl}/app/feedback`)
    const markSeen = page.getByRole("button", { name: `Mark the alert of order #${alert.order_display_id} seen` })
    await markSeen.click()
    await markSeen.waitFor({ state: "detached" })

    const after = (await api().get("/admin/feedback/alerts?limit=200").set(admin).expect(200)).body
    expect(after.alerts.find((entry: Alert) => entry.id === alert.id).seen_at).not.toBeNull()
    const unseen = (await api().get("/admin/feedback/alerts?state=open&unseen=true&limit=1").set(admin).expect(200))
      .body
    await page
      .getByTestId("tp-feedback-unseen-count")
      .filter({ hasText: `${unseen.count} unseen` })
      .waitFor()
  })

  it("shows an order's survey on Medusa's order page, and says when there is none", async () => {
    const { survey } = (await api().get(`/admin/feedback/orders/${answeredOrderId}`).set(admin).expect(200)).body
    expect(survey.answers).toEqual({ nps_score: 2, ces_score: 4, comment })

    await page.goto(`${store.backendUrl}/app/orders/${answeredOrderId}`)
    const widget = page.getByTestId("tp-order-feedback")
    const field = (name: string) => widget.locator(`[data-survey-field="${name}"]`)
    await field("Score (NPS)").waitFor({ timeout: 60_000 })
    await expect(field("Score (NPS)").textContent()).resolves.toMatch(
      new RegExp(`^${survey.answers.nps_score} of 10\\s*detractor$`)
    )
    await expect(field("Effort (CES, 1 = easy)").textContent()).resolves.toBe("4 of 5")
    await expect(field("Comment").textContent()).resolves.toBe(comment)
    await expect(field("Question asked").textContent()).resolves.toBe(survey.follow_up_question)
    await expect(field("Survey").textContent()).resolves.toMatch(/^Emailed /)

    const none = (await api().get(`/admin/feedback/orders/${unsurveyedOrderId}`).set(admin).expect(200)).body
    expect(none.survey).toBeNull()
    await page.goto(`${store.backendUrl}/app/orders/${unsurveyedOrderId}`)
    await page.getByTestId("tp-order-feedback").getByText("No survey for this order yet.").waitFor({ timeout: 60_000 })
  })
})
