import type { MedusaContainer } from "@medusajs/framework/types"
import { sendDueSurveys } from "@touchpoints/feedback/lib/send-due-surveys"
import { FEEDBACK_MODULE, type FeedbackModuleService } from "@touchpoints/feedback/modules/feedback"
import { adminHeaders } from "../../helpers/admin"
import { createFeedbackShop } from "../../helpers/feedback-shop"
import { explain, failure } from "../../helpers/http"
import { useMailCatcher } from "../../helpers/mail"
import { httpTestRunner } from "../../helpers/runner"

jest.setTimeout(180_000)

const mail = useMailCatcher(25_264)

/** The eleven score links of a survey email, in order 0-10. */
function scoreLinks(html: string): URL[] {
  return [...html.matchAll(/href="([^"]+\/touchpoints\/feedback\/[^"]+\/(\d+))"/g)].map((match) => new URL(match[1]))
}

/** The survey email: after shipment plus the delay, never for canceled or refunded orders, throttled per customer. */
httpTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof createFeedbackShop>>
    let container: MedusaContainer
    let feedback: FeedbackModuleService
    const surveys = async () =>
      (await shop.pg.raw("SELECT order_id, state, skip_reason, email, nps_score FROM tp_fb_survey ORDER BY created_at"))
        .rows as { order_id: string; state: string; skip_reason: string | null; email: string; nps_score: number }[]

    beforeEach(async () => {
      container = getContainer()
      feedback = container.resolve<FeedbackModuleService>(FEEDBACK_MODULE)
      shop = await createFeedbackShop(container, api)
    })

    it("mails a survey 7 days after shipment with eleven score links, each opening a page that posts its score", async () => {
      const orderId = await shop.placeOrder({
        email: "happy@example.test",
        items: [
          { variant: "tea", quantity: 1 },
          { variant: "cup", quantity: 1 },
        ],
      })
      const fulfillmentId = await shop.fulfill(orderId, { ship: false })
      await shop.daysSinceShipping(orderId, 10)
      // fulfilled but not shipped: too early to ask
      expect((await sendDueSurveys(container)).due).toBe(0)
      const other = await shop.placeOrder({ email: "later@example.test" })
      await shop.fulfill(other)
      await shop.daysSinceShipping(other, 6)
      expect((await sendDueSurveys(container)).due).toBe(0)

      await shop.ship(orderId, fulfillmentId)
      await shop.daysSinceShipping(orderId, 8)
      const admin = await adminHeaders(container, api)
      const run = await api.post("/admin/feedback/run", {}, admin).catch(explain)
      expect(run.data.surveys.outcomes).toEqual({ sent: 1 })
      const [message] = await mail.catcher().waitForMessages(1)
      expect(message.to).toEqual(["happy@example.test"])
      expect(message.subject).toMatch(/^How was your order #\d+ from /)
      expect(message.headers["list-unsubscribe"]).toMatch(/^<https?:\/\/.+\/touchpoints\/unsubscribe\//)
      expect(message.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click")
      expect(message.html).toContain("Green Tea")
      expect(message.html).toContain("Stoneware Cup")
      expect(message.text).toContain("How likely are you to recommend")

      const links = scoreLinks(message.html)
      expect(links.map((link) => Number(link.pathname.split("/").at(-1)))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
      const press = (path: string) =>
        api.post(path, "how=button", {
          headers: { "content-type": "application/x-www-form-urlencoded" },
          maxRedirects: 0,
          validateStatus: () => true,
        })
      for (const [score, link] of links.entries()) {
        expect(message.text).toContain(link.toString())
        // opening the link changes nothing (mail scanners open every link): its page posts the score
        const opened = await api.get(link.pathname, { maxRedirects: 0, validateStatus: () => true })
        expect(opened.status).toBe(200)
        expect(opened.data).toContain(`Send my score (${score})`)
        expect((await surveys()).find((survey) => survey.order_id === orderId)?.nps_score).toBe(
          score === 0 ? null : score - 1
        )
        const pressed = await press(link.pathname)
        expect(pressed.status).toBe(303)
        expect(pressed.headers.location).toMatch(/\/demo\/feedback\.html\?token=/)
        expect((await surveys()).find((survey) => survey.order_id === orderId)?.nps_score).toBe(score)
      }
      // parameters a click tracker appends are ignored
      const tracked = await api.get(`${links[10].pathname}?utm_source=mail&utm_medium=email`, {
        maxRedirects: 0,
        validateStatus: () => true,
      })
      expect(tracked.status).toBe(200)
      expect((await press(`${links[9].pathname}?utm_source=mail`)).status).toBe(303)
      // a changed signature, or a score outside 0-10, records nothing
      const forged = await api.get(`${links[3].pathname.replace(/\/3$/, "")}x/3`, { validateStatus: () => true })
      expect(forged.status).toBe(404)
      expect(forged.data).toContain("Link not recognised")
      expect((await press(`${links[3].pathname.replace(/\/3$/, "")}x/3`)).status).toBe(404)
      const outOfRange = await api.get(links[3].pathname.replace(/\/3$/, "/11"), { validateStatus: () => true })
      expect(outOfRange.status).toBe(400)
      expect((await press(links[3].pathname.replace(/\/3$/, "/11"))).status).toBe(400)
      expect((await surveys()).find((survey) => survey.order_id === orderId)?.nps_score).toBe(9)
      // the scan never surveys an order twice
      expect((await sendDueSurveys(container)).due).toBe(0)
    })

    it("never surveys a canceled or a refunded order", async () => {
      const settings = feedback.settings as { startAfter: string }
      settings.startAfter = "fulfillment"
      try {
        const canceled = await shop.placeOrder({ email: "canceled@example.test" })
        await shop.fulfill(canceled, { ship: false })
        await shop.daysSinceShipping(canceled, 8)
        await shop.cancel(canceled)
        const refunded = await shop.placeOrder({ email: "refunded@example.test" })
        await shop.fulfill(refunded)
        await shop.refund(refunded)
        const kept = await shop.placeOrder({ email: "kept@example.test" })
        await shop.fulfill(kept)
        for (const orderId of [refunded, kept]) await shop.daysSinceShipping(orderId, 8)

        expect((await sendDueSurveys(container)).outcomes).toEqual({ refunded: 1, sent: 1 })
        const [message] = await mail.catcher().waitForMessages(1)
        expect(message.to).toEqual(["kept@example.test"])
        expect((await surveys()).map((survey) => [survey.email, survey.state, survey.skip_reason]).sort()).toEqual([
          ["kept@example.test", "sent", null],
          ["refunded@example.test", "skipped", "refunded"],
        ])
      } finally {
        settings.startAfter = "shipment"
      }
    })

    it("surveys a customer at most once in 90 days, and never without consent", async () => {
      const first = await shop.placeOrder({ email: "Regular@Example.test" })
      const second = await shop.placeOrder({ email: "regular@example.test" })
      const quiet = await shop.placeOrder({ email: "quiet@example.test", consent: false })
      for (const orderId of [first, second, quiet]) {
        await shop.fulfill(orderId)
        await shop.daysSinceShipping(orderId, 8)
      }
      expect((await sendDueSurveys(container)).outcomes).toEqual({ sent: 1, throttled: 1, no_consent: 1 })
      await mail.catcher().waitForMessages(1)
      const third = await shop.placeOrder({ email: "regular@example.test" })
      await shop.fulfill(third)
      await shop.daysSinceShipping(third, 8)
      expect((await sendDueSurveys(container)).outcomes).toEqual({ throttled: 1 })
      // 91 days later the customer may be asked again
      await shop.pg.raw("UPDATE tp_fb_survey SET started_at = now() - interval '91 days' WHERE state = 'sent'")
      const fourth = await shop.placeOrder({ email: "regular@example.test" })
      await shop.fulfill(fourth)
      await shop.daysSinceShipping(fourth, 8)
      // the email core's frequency cap still counts the first email as sent today: deferred, not dropped
      expect((await sendDueSurveys(container)).outcomes).toEqual({ deferred: 1 })
      await shop.pg.raw("UPDATE tp_email_send SET created_at = now() - interval '91 days'")
      expect((await sendDueSurveys(container)).outcomes).toEqual({ sent: 1 })
      await mail.catcher().waitForMessages(2)
      expect(
        mail
          .catcher()
          .messages()
          .flatMap((message) => message.to)
      ).toEqual(["regular@example.test", "regular@example.test"])
    })

    it("sends one survey per order when two workers scan at once", async () => {
      const orders = await Promise.all(["a", "b", "c"].map((name) => shop.placeOrder({ email: `${name}@twins.test` })))
      for (const orderId of orders) {
        await shop.fulfill(orderId)
        await shop.daysSinceShipping(orderId, 8)
      }
      await Promise.all([sendDueSurveys(container), sendDueSurveys(container)])
      await mail.catcher().waitForMessages(3)
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(
        mail
          .catcher()
          .messages()
          .flatMap((message) => message.to)
          .sort()
      ).toEqual(["a@twins.test", "b@twins.test", "c@twins.test"])
      expect((await surveys()).map((survey) => survey.state)).toEqual(["sent", "sent", "sent"])
    })

    it("answers 400 for a bad run body and 401 without an admin", async () => {
      const admin = await adminHeaders(container, api)
      const bad = await api.post("/admin/feedback/run", { now: true }, admin).catch(failure)
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("unknown field now")
      const anonymous = await api.post("/admin/feedback/run", {}).catch(failure)
      expect(anonymous.status).toBe(401)
    })
  },
})
