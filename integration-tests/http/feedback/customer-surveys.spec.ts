import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { FEEDBACK_MODULE, type FeedbackModuleService } from "@touchpoints/feedback/modules/feedback"
import { recordFeedbackAnswersWorkflow } from "@touchpoints/feedback/workflows"
import { adminHeaders } from "../../helpers/admin"
import { explain, failure } from "../../helpers/http"
import { httpTestRunner } from "../../helpers/runner"

jest.setTimeout(180_000)

type CustomerSurvey = {
  id: string
  state: string
  order: { id: string; display_id: number | null; products: { title: string }[] }
  answers: { nps_score: number | null; ces_score: number | null; comment: string | null }
  band: string | null
  follow_up_question: string | null
  answered_at: string | null
}

/** The surveys of one customer for the customer page of the admin (GET /admin/feedback/customers/:id). */
httpTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let feedback: FeedbackModuleService
    let admin: { headers: Record<string, string> }

    /** A survey for a made-up order of `customerId`, opened `daysAgo` days ago, answered when `answers` is given. */
    const survey = async (
      customerId: string,
      displayId: number,
      daysAgo: number,
      answers?: { nps_score: number; ces_score?: number; comment?: string }
    ) => {
      const orderId = `order_customer_page_${displayId}`
      const [claimed] = await feedback.claimSurveys({
        surveys: [
          {
            orderId,
            orderDisplayId: displayId,
            customerId,
            email: `${customerId}@example.test`,
            locale: null,
            channel: "inline",
            state: "inline",
          },
        ],
        products: new Map([
          [orderId, [{ product_id: null, title: `Item ${displayId}`, handle: null, thumbnail: null }]],
        ]),
      })
      if (answers) {
        const before = (await feedback.surveyWithProducts({ id: claimed.id }))?.survey
        await recordFeedbackAnswersWorkflow(container).run({
          input: { before: before as NonNullable<typeof before>, answers },
        })
      }
      // answered while open; then its clock moves back so the order of the list is known
      await container
        .resolve(ContainerRegistrationKeys.PG_CONNECTION)
        .raw("UPDATE tp_fb_survey SET started_at = now() - make_interval(days => ?) WHERE id = ?", [
          daysAgo,
          claimed.id,
        ])
      return claimed.id
    }

    beforeEach(async () => {
      container = getContainer()
      feedback = container.resolve<FeedbackModuleService>(FEEDBACK_MODULE)
      admin = await adminHeaders(container, api)
    })

    describe("GET /admin/feedback/customers/:id", () => {
      it("should list the customer's surveys newest first, answered and unanswered, a page at a time", async () => {
        const oldest = await survey("cus_page_a", 101, 30, { nps_score: 3, ces_score: 5, comment: "Broken lid" })
        const unanswered = await survey("cus_page_a", 102, 10)
        const newest = await survey("cus_page_a", 103, 1, { nps_score: 10, ces_score: 1 })
        await survey("cus_page_b", 104, 2, { nps_score: 9 })

        const { data } = await api.get("/admin/feedback/customers/cus_page_a", admin).catch(explain)
        expect(data).toMatchObject({ count: 3, offset: 0, limit: 10 })
        const surveys = data.surveys as CustomerSurvey[]
        expect(surveys.map((row) => row.id)).toEqual([newest, unanswered, oldest])
        expect(surveys[0]).toMatchObject({
          order: { id: "order_customer_page_103", display_id: 103, products: [{ title: "Item 103" }] },
          answers: { nps_score: 10, ces_score: 1, comment: null },
          band: "promoter",
          follow_up_question: "What did we do well?",
        })
        expect(surveys[1]).toMatchObject({
          state: "inline",
          answers: { nps_score: null, ces_score: null, comment: null },
          band: null,
          answered_at: null,
        })
        expect(surveys[2]).toMatchObject({
          answers: { nps_score: 3, ces_score: 5, comment: "Broken lid" },
          band: "detractor",
          follow_up_question: "What could we improve?",
        })
        expect(surveys[2].answered_at).not.toBeNull()
        expect(JSON.stringify(data)).not.toContain("cus_page_b")

        const page = await api.get("/admin/feedback/customers/cus_page_a?limit=2&offset=2", admin).catch(explain)
        expect(page.data).toMatchObject({ count: 3, offset: 2, limit: 2 })
        expect(page.data.surveys.map((row: CustomerSurvey) => row.id)).toEqual([oldest])
      })

      it("should answer an empty list for a customer without surveys", async () => {
        const { data } = await api.get("/admin/feedback/customers/cus_without_surveys", admin).catch(explain)
        expect(data).toEqual({ surveys: [], count: 0, offset: 0, limit: 10 })
      })

      it("should answer 400 for a bad query and 401 without an admin", async () => {
        for (const query of ["limit=0", "limit=101", "offset=-1", "limit=ten", "band=promoter"]) {
          const answer = await api.get(`/admin/feedback/customers/cus_page_a?${query}`, admin).catch(failure)
          expect([query, answer.status, answer.data.type]).toEqual([query, 400, "invalid_data"])
        }
        expect((await api.get("/admin/feedback/customers/cus_page_a").catch(failure)).status).toBe(401)
      })
    })
  },
})
