import { adminHeaders } from "../../helpers/admin"
import { failure, storeHeaders } from "../../helpers/http"
import { httpTestRunner } from "../../helpers/runner"
import { createPublishableKey } from "../../helpers/store-fixtures"

jest.setTimeout(120_000)

type Call = { name: string; send: () => Promise<unknown> }

/** The status and body of a call, whether it failed or (wrongly) succeeded. */
async function answerOf(call: Call) {
  try {
    const { status, data } = (await call.send()) as { status: number; data: { type?: string; message?: string } }
    return { status, data }
  } catch (error) {
    return failure(error as { response?: unknown })
  }
}

/**
 * A NUL (or another C0 control character) in a request used to reach PostgreSQL, which refused the text, and the
 * app answered 503 "the shop's database is unavailable" (an outage that was not there, retried forever). Every
 * route of the app, Medusa's own too, answers 400 before any query now.
 */
httpTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let admin: { headers: Record<string, string> }

    beforeEach(async () => {
      store = storeHeaders((await createPublishableKey(getContainer())).token)
      admin = await adminHeaders(getContainer(), api)
    })

    /** Every call answers 400 invalid_data naming a control character (all listed at once when one does not). */
    const expectBadRequest = async (calls: Call[]) => {
      const answers = []
      for (const call of calls) {
        const answer = await answerOf(call)
        answers.push({
          call: call.name,
          status: answer?.status,
          type: answer?.data.type,
          names: /control character/.test(answer?.data.message ?? ""),
        })
      }
      expect(answers).toEqual(calls.map(({ name }) => ({ call: name, status: 400, type: "invalid_data", names: true })))
    }

    describe("NUL in the query", () => {
      it("should answer 400 on Touchpoints, Medusa store and Medusa admin routes", async () => {
        await expectBadRequest([
          {
            name: "also-bought ?region_id",
            send: () => api.get("/store/products/prod_1/also-bought?region_id=%00", store),
          },
          { name: "regions ?id", send: () => api.get("/store/regions?id=%00", store) },
          { name: "regions ?id[] (array)", send: () => api.get("/store/regions?id[]=reg_1&id[]=%00", store) },
          { name: "regions ?locale", send: () => api.get("/store/regions?locale=%00", store) },
          { name: "admin products ?q", send: () => api.get("/admin/products?q=%00", admin) },
          { name: "wishlists ?unit separator", send: () => api.get("/store/wishlists?x=%1F", store) },
        ])
      })
    })

    describe("NUL in a path param", () => {
      it("should answer 400 on Touchpoints, Medusa store and Medusa admin routes", async () => {
        await expectBadRequest([
          { name: "next-steps :id", send: () => api.get("/store/products/prod_%00/next-steps", store) },
          { name: "wishlist :id", send: () => api.get("/store/wishlists/wl_%00", store) },
          { name: "region :id", send: () => api.get("/store/regions/reg_%00", store) },
          { name: "admin product :id", send: () => api.get("/admin/products/prod_%00", admin) },
        ])
      })
    })

    describe("NUL in a JSON body", () => {
      it("should answer 400 on Touchpoints, Medusa store and Medusa admin routes", async () => {
        await expectBadRequest([
          {
            name: "events body",
            send: () =>
              api.post(
                "/store/touchpoints/events",
                { visitor_id: "3f2b8c1e-9a4d-4c7b-8e21-0d5f6a7b8c9d", events: [{ type: "page_view", url: "/\u0000" }] },
                store
              ),
          },
          { name: "bundle body", send: () => api.post("/store/carts/cart_1/bundles", { variant_id: "\u0000" }, store) },
          { name: "cart body", send: () => api.post("/store/carts", { region_id: "\u0000" }, store) },
          { name: "admin brand body", send: () => api.post("/admin/brands", { name: "Tea\u0000" }, admin) },
          { name: "a key", send: () => api.post("/store/carts", { metadata: { "k\u0000": 1 } }, store) },
        ])
      })

      it("should still take free text with line breaks where text is expected", async () => {
        const answer = await api.post("/admin/brands", { name: "Tea\tHouse" }, admin).catch(failure)
        expect(answer.status).not.toBe(400)
        expect(answer.status).toBeLessThan(500)
      })
    })
  },
})
