import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { signToken } from "@touchpoints/core/lib"
import { signFeedbackToken } from "@touchpoints/feedback/lib/feedback-token"
import { sendFeedbackFollowUps } from "@touchpoints/feedback/lib/send-follow-ups"
import { FEEDBACK_MODULE, type FeedbackModuleService } from "@touchpoints/feedback/modules/feedback"
import { adminHeaders } from "../../helpers/admin"
import { registerCustomer } from "../../helpers/customers"
import { createFeedbackShop } from "../../helpers/feedback-shop"
import { explain, failure } from "../../helpers/http"
import { useMailCatcher } from "../../helpers/mail"
import { httpTestRunner } from "../../helpers/runner"

jest.setTimeout(180_000)

// follow-ups go out as soon as an answer is recorded (the store's default waits 15 minutes for changes)
process.env.TP_FEEDBACK_FOLLOW_UP_DELAY_MINUTES = "0"
const mail = useMailCatcher(25_265)

type Survey = {
  band: string | null
  follow_up_question: string | null
  answers: { nps_score: number | null; ces_score: number | null; comment: string | null }
  order: { id: string; products: { title: string }[] }
}

/** Answers to surveys through the signed links, the follow-ups they trigger, the inline survey and the report. */
httpTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof createFeedbackShop>>
    let container: MedusaContainer
    let feedback: FeedbackModuleService
    let sequence = 0

    /** An open survey (shown inline) for a made-up order of `products`; answers its token. */
    const openSurvey = async (products: ("tea" | "cup")[] = ["tea"], email = `shopper${++sequence}@example.test`) => {
      const titles = { tea: "Green Tea", cup: "Stoneware Cup" }
      const [survey] = await feedback.claimSurveys({
        surveys: [
          {
            orderId: `order_made_up_${++sequence}`,
            orderDisplayId: sequence,
            customerId: null,
            email,
            locale: null,
            channel: "inline",
            state: "inline",
          },
        ],
        products: new Map([
          [
            `order_made_up_${sequence}`,
            products.map((key) => ({
              product_id: shop.catalog.products[key],
              title: titles[key],
              handle: key,
              thumbnail: null,
            })),
          ],
        ]),
      })
      return {
        id: survey.id,
        orderId: survey.order_id,
        token: signFeedbackToken(feedback.settings.keys, survey.id, 30),
      }
    }
    const answer = (token: string, body: Record<string, unknown>) =>
      api.post(`/store/feedback/${token}`, body, shop.headers).catch(failure)
    const read = (token: string) => api.get(`/store/feedback/${token}`, shop.headers).catch(failure)

    beforeEach(async () => {
      container = getContainer()
      feedback = container.resolve<FeedbackModuleService>(FEEDBACK_MODULE)
      shop = await createFeedbackShop(container, api)
    })

    it("branches the follow-up question on the score band and records effort and a comment", async () => {
      const { token } = await openSurvey(["tea", "cup"])
      const fresh = await read(token)
      expect(fresh.status).toBe(200)
      expect(fresh.data.survey).toMatchObject({ band: null, follow_up_question: null })
      expect(fresh.data.survey.order.products.map((product: { title: string }) => product.title)).toEqual([
        "Green Tea",
        "Stoneware Cup",
      ])
      expect(fresh.data.survey.scales.ces).toMatchObject({ min: 1, max: 5, min_label: "Very little effort" })
      expect(JSON.stringify(fresh.data)).not.toContain("@example.test")

      const bands: [number, string, string][] = [
        [0, "detractor", "What could we improve?"],
        [6, "detractor", "What could we improve?"],
        [7, "passive", "What would make it a 10?"],
        [8, "passive", "What would make it a 10?"],
        [9, "promoter", "What did we do well?"],
        [10, "promoter", "What did we do well?"],
      ]
      for (const [score, band, question] of bands) {
        const { data } = await answer(token, { nps_score: score })
        expect(data.survey as Survey).toMatchObject({ band, follow_up_question: question })
      }
      const { data } = await answer(token, { ces_score: 2, comment: "  Fast delivery, lovely tea.  " })
      expect((data.survey as Survey).answers).toEqual({
        nps_score: 10,
        ces_score: 2,
        comment: "Fast delivery, lovely tea.",
      })
    })

    it("answers 400 for bad answers and 404 for forged, foreign or unknown tokens", async () => {
      const { token, id } = await openSurvey()
      for (const [body, message] of [
        [{ nps_score: 11 }, "nps_score"],
        [{ nps_score: 4.5 }, "nps_score"],
        [{ ces_score: 0 }, "ces_score"],
        [{ ces_score: 6 }, "ces_score"],
        [{ comment: "x".repeat(2001) }, "comment"],
        [{ nps_score: 5, order_id: "order_x" }, "unknown field order_id"],
        [{}, "at least one"],
      ] as const) {
        const response = await answer(token, body)
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(message)
      }
      const { keys } = feedback.settings
      const inADay = { expiresAt: new Date(Date.now() + 86_400_000) }
      const forged = [
        `${token.slice(0, -2)}AA`,
        signFeedbackToken({ secret: "another-shops-secret-of-32-characters" }, id, 30),
        signFeedbackToken(keys, "tpfb_01NOSUCHSURVEY", 30),
        signToken(keys, "recovery", [id], inADay),
        "not-a-token",
      ]
      for (const bad of forged) {
        expect((await read(bad)).status).toBe(404)
        expect((await answer(bad, { nps_score: 3 })).status).toBe(404)
      }
      expect((await read(token)).data.survey.answers.nps_score).toBeNull()
    })

    it("takes changes for 48 hours after the first answer and nothing after the window: 409", async () => {
      const answered = await openSurvey()
      await answer(answered.token, { nps_score: 4 })
      await shop.pg.raw("UPDATE tp_fb_survey SET first_answered_at = now() - interval '47 hours' WHERE id = ?", [
        answered.id,
      ])
      expect((await answer(answered.token, { nps_score: 5 })).status).toBe(200)
      await shop.pg.raw("UPDATE tp_fb_survey SET first_answered_at = now() - interval '49 hours' WHERE id = ?", [
        answered.id,
      ])
      const late = await answer(answered.token, { nps_score: 9 })
      expect(late.status).toBe(409)
      expect(late.data).toEqual({
        type: "conflict",
        code: "survey_closed",
        message: "Thank you: this survey was answered and can no longer be changed",
      })
      expect((await read(answered.token)).status).toBe(409)

      const expired = await openSurvey()
      await shop.pg.raw("UPDATE tp_fb_survey SET closes_at = now() - interval '1 minute' WHERE id = ?", [expired.id])
      const tooLate = await answer(expired.token, { nps_score: 9 })
      expect(tooLate.status).toBe(409)
      expect(tooLate.data.message).toBe("This survey has closed")
      // a score link from the email says so plainly, and its page's button records nothing
      const link = await api.get(`/touchpoints/feedback/${expired.token}/9`, { validateStatus: () => true })
      expect([link.status, link.data]).toEqual([410, expect.stringContaining("This survey has closed")])
      const pressed = await api.post(`/touchpoints/feedback/${expired.token}/9`, "how=button", {
        headers: { "content-type": "application/x-www-form-urlencoded" },
        validateStatus: () => true,
      })
      expect(pressed.status).toBe(410)
      const [row] = (await shop.pg.raw("SELECT nps_score FROM tp_fb_survey WHERE id = ?", [expired.id])).rows
      expect(row.nps_score).toBeNull()
    })

    it("closes a link older than surveyLinkDays (30) plainly: 409 from the API, 410 page from the email", async () => {
      const { id } = await openSurvey()
      const old = signFeedbackToken(feedback.settings.keys, id, 30, new Date(Date.now() - 31 * 86_400_000))
      const stale = await read(old)
      expect([stale.status, stale.data]).toEqual([
        409,
        { type: "conflict", code: "survey_closed", message: "This survey has closed" },
      ])
      expect((await answer(old, { nps_score: 9 })).status).toBe(409)
      const link = await api.get(`/touchpoints/feedback/${old}/9`, { validateStatus: () => true })
      expect([link.status, link.data]).toEqual([410, expect.stringContaining("This survey has closed")])
      const [row] = (await shop.pg.raw("SELECT nps_score FROM tp_fb_survey WHERE id = ?", [id])).rows
      expect(row.nps_score).toBeNull()
    })

    it("alerts the owner about a detractor (feed and email), thanks a promoter, withdraws a raised score", async () => {
      const admin = await adminHeaders(container, api)
      const unhappy = await openSurvey(["cup"], "unhappy@example.test")
      await answer(unhappy.token, { nps_score: 2 })
      await answer(unhappy.token, { ces_score: 5, comment: "The cup arrived broken." })
      const changed = await openSurvey(["tea"], "changed@example.test")
      await answer(changed.token, { nps_score: 3 })
      await answer(changed.token, { nps_score: 9 })
      const passive = await openSurvey(["tea"], "passive@example.test")
      await answer(passive.token, { nps_score: 7 })

      const feed = await api.get("/admin/feedback/alerts", admin).catch(explain)
      expect(feed.data.count).toBe(2)
      const byEmail = Object.fromEntries(
        feed.data.alerts.map((alert: { email: string }) => [alert.email, alert])
      ) as Record<string, { state: string; nps_score: number; comment: string | null; id: string; order_id: string }>
      expect(byEmail["unhappy@example.test"]).toMatchObject({
        state: "open",
        nps_score: 2,
        comment: "The cup arrived broken.",
      })
      expect(byEmail["unhappy@example.test"].order_id).toMatch(/^order_made_up_/)
      expect(byEmail["changed@example.test"]).toMatchObject({ state: "withdrawn", nps_score: 3 })

      expect(await sendFeedbackFollowUps(container)).toEqual({ handled: 3, alerts_emailed: 1, thanks_sent: 1 })
      const messages = await mail.catcher().waitForMessages(2)
      const alert = messages.find((message) => message.to.includes("owner@touchpoints.local"))
      expect(alert?.subject).toMatch(/^Detractor: order #\d+ scored 2\/10$/)
      expect(alert?.text).toContain("The cup arrived broken.")
      expect(alert?.text).toContain("effort 5 of 5")
      const thanks = messages.find((message) => message.to.includes("changed@example.test"))
      expect(thanks?.subject).toBe("Thank you for your feedback")
      expect(thanks?.html).toContain("/demo/product.html?handle=tea#reviews")
      expect(thanks?.headers["list-unsubscribe"]).toBeUndefined()
      // nothing twice
      expect(await sendFeedbackFollowUps(container)).toEqual({ handled: 0, alerts_emailed: 0, thanks_sent: 0 })
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(mail.catcher().messages()).toHaveLength(2)

      const seen = await api
        .post("/admin/feedback/alerts/seen", { ids: [byEmail["unhappy@example.test"].id] }, admin)
        .catch(explain)
      expect(seen.data.marked).toBe(1)
      const unseen = await api.get("/admin/feedback/alerts?unseen=true", admin).catch(explain)
      expect(unseen.data.alerts.map((entry: { email: string }) => entry.email)).toEqual(["changed@example.test"])
    })

    it("shows the owner an order's survey (GET /admin/feedback/orders/:order_id), answered or not", async () => {
      const admin = await adminHeaders(container, api)
      const { id, orderId, token } = await openSurvey(["tea"], "order-page@example.test")
      const path = `/admin/feedback/orders/${orderId}`
      const unanswered = await api.get(path, admin).catch(explain)
      expect(unanswered.data.survey).toMatchObject({
        id,
        state: "inline",
        channel: "inline",
        skip_reason: null,
        answers: { nps_score: null, ces_score: null, comment: null },
        band: null,
        follow_up_question: null,
        answered_at: null,
        order: { id: orderId, products: [{ title: "Green Tea" }] },
      })
      expect(unanswered.data.survey.started_at).not.toBeNull()

      await answer(token, { nps_score: 5, ces_score: 4, comment: "Late again" })
      const answered = await api.get(path, admin).catch(explain)
      expect(answered.data.survey).toMatchObject({
        answers: { nps_score: 5, ces_score: 4, comment: "Late again" },
        band: "detractor",
        follow_up_question: "What could we improve?",
      })
      expect(answered.data.survey.answered_at).not.toBeNull()
      expect(answered.data.survey.first_answered_at).not.toBeNull()

      expect((await api.get("/admin/feedback/orders/order_without_survey", admin).catch(explain)).data).toEqual({
        survey: null,
      })
      expect((await api.get(`${path}?band=detractor`, admin).catch(failure)).status).toBe(400)
      expect((await api.get(path).catch(failure)).status).toBe(401)
    })

    it("shows a logged-in customer the survey of their own order inline, and nobody else", async () => {
      const customer = await registerCustomer(api, shop.key, "inline@example.test")
      const orderId = await shop.placeOrder({ email: "inline@example.test", customerToken: customer.token })
      const auth = (token: string) => ({ headers: { ...shop.headers.headers, authorization: `Bearer ${token}` } })
      const inline = await api.get(`/store/feedback/orders/${orderId}`, auth(customer.token)).catch(explain)
      expect(inline.data.survey.order).toMatchObject({ id: orderId, products: [{ title: "Green Tea" }] })
      const { data } = await answer(inline.data.token, { nps_score: 10 })
      expect(data.survey.band).toBe("promoter")
      // the same survey when the page is opened again: the answer is there
      const again = await api.get(`/store/feedback/orders/${orderId}`, auth(customer.token)).catch(explain)
      expect(again.data.survey.answers.nps_score).toBe(10)

      const stranger = await registerCustomer(api, shop.key, "stranger@example.test")
      expect((await api.get(`/store/feedback/orders/${orderId}`, auth(stranger.token)).catch(failure)).status).toBe(404)
      expect((await api.get(`/store/feedback/orders/${orderId}`, shop.headers).catch(failure)).status).toBe(401)
      expect((await api.get("/store/feedback/orders/order_missing", auth(customer.token)).catch(failure)).status).toBe(
        404
      )
    })

    it("reports NPS, distributions, effort, response rate and groups exactly on a hand-computed set", async () => {
      const admin = await adminHeaders(container, api)
      const link = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const [category] = (
        await link.raw(
          `INSERT INTO product_category (id, name, handle, mpath, is_active, is_internal, rank)
           VALUES ('pcat_tea', 'Tea', 'tea', 'pcat_tea', true, false, 0) RETURNING id`
        )
      ).rows
      await updateProductsWorkflow(container).run({
        input: { selector: { id: shop.catalog.products.tea }, update: { category_ids: [category.id] } },
      })
      // 3 promoters (10, 9, 9), 2 passives (8, 7), 2 detractors (6, 0): NPS = (3 - 2) / 7 = 14.3
      const answers: [("tea" | "cup")[], number, number | null, string | null][] = [
        [["tea"], 10, 1, "Lovely tea"],
        [["tea", "cup"], 9, 2, null],
        [["cup"], 9, null, "Great cup"],
        [["tea"], 8, 3, null],
        [["cup"], 7, 2, "Fine"],
        [["tea"], 6, 4, "Slow delivery"],
        [["cup"], 0, 5, "Broken on arrival"],
      ]
      for (const [products, nps, ces, comment] of answers) {
        const { token } = await openSurvey(products)
        await answer(token, { nps_score: nps, ...(ces && { ces_score: ces }), ...(comment && { comment }) })
      }
      await openSurvey(["tea"]) // offered, never answered: the response rate is 7 of 8

      const { data } = await api.get("/admin/feedback/report?group_by=product", admin).catch(explain)
      const report = data.report
      expect(report).toMatchObject({
        responses: 7,
        promoters: 3,
        passives: 2,
        detractors: 2,
        promoter_percent: 42.9,
        detractor_percent: 28.6,
        nps: 14.3,
        ces_average: 2.83, // (1 + 2 + 3 + 2 + 4 + 5) / 6
        ces_responses: 6,
        comments: 5,
        surveys_offered: 8,
        surveys_answered: 7,
        response_rate: 87.5,
      })
      expect(report.nps_distribution.map((bucket: { count: number }) => bucket.count)).toEqual([
        1, 0, 0, 0, 0, 0, 1, 1, 1, 2, 1,
      ])
      expect(report.ces_distribution.map((bucket: { count: number }) => bucket.count)).toEqual([1, 2, 1, 1, 1])
      expect(report.trend.by).toBe("week")
      expect(report.trend.points.reduce((sum: number, point: { responses: number }) => sum + point.responses, 0)).toBe(
        7
      )
      // tea: 10, 9, 8, 6 -> (2 - 1) / 4 = 25; cup: 9, 9, 7, 0 -> (2 - 1) / 4 = 25
      const groups = Object.fromEntries(
        report.groups.rows.map((row: { label: string; nps: number; responses: number }) => [
          row.label,
          [row.responses, row.nps],
        ])
      )
      expect(groups).toEqual({ "Green Tea": [4, 25], "Stoneware Cup": [4, 25] })
      expect(report.verbatims.map((verbatim: { comment: string }) => verbatim.comment).sort()).toEqual([
        "Broken on arrival",
        "Fine",
        "Great cup",
        "Lovely tea",
        "Slow delivery",
      ])
      expect(report.verbatims[0].products.length).toBeGreaterThan(0)

      const byCategory = await api.get("/admin/feedback/report?group_by=category", admin).catch(explain)
      expect(byCategory.data.report.groups.rows).toEqual([
        expect.objectContaining({ key: "pcat_tea", label: "Tea", responses: 4, nps: 25 }),
      ])
      const detractors = await api.get("/admin/feedback/report?band=detractor&q=broken", admin).catch(explain)
      expect(detractors.data.report.verbatims.map((verbatim: { comment: string }) => verbatim.comment)).toEqual([
        "Broken on arrival",
      ])
      const teaOnly = await api
        .get(`/admin/feedback/report?product_id=${shop.catalog.products.tea}`, admin)
        .catch(explain)
      expect(teaOnly.data.report).toMatchObject({ responses: 4, nps: 25 })

      const csv = await api.get("/admin/feedback/report?format=csv", admin).catch(explain)
      expect(csv.headers["content-type"]).toContain("text/csv")
      const lines = String(csv.data).trim().split("\r\n")
      expect(lines[0]).toBe(
        "answered_at,order_id,order_display_id,customer_id,email,channel,nps_score,band,ces_score,comment,product_ids,products"
      )
      expect(lines).toHaveLength(8)
      expect(lines.some((line) => line.includes("Green Tea | Stoneware Cup"))).toBe(true)

      for (const bad of ["group_by=day", "from=2026-02-01&to=2026-01-01", "format=xml", "nps=1", "has_comment=yes"]) {
        const response = await api.get(`/admin/feedback/report?${bad}`, admin).catch(failure)
        expect(response.status).toBe(400)
      }
      expect((await api.get("/admin/feedback/report").catch(failure)).status).toBe(401)
    })
  },
})
