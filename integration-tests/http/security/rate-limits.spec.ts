import { failure, storeHeaders } from "../../helpers/http"
import { httpTestRunner } from "../../helpers/runner"
import { createPublishableKey } from "../../helpers/store-fixtures"
import { signedVisitorId } from "../../helpers/visitors"

jest.setTimeout(120_000)

// This spec floods on purpose: small budgets, set before the runner loads medusa-config.ts (which reads them).
const OVERRIDES = { TP_RATE_LIMIT_EVENTS: "5/60", TP_RATE_LIMIT_CONSENT: "2/1" }
const previous = Object.fromEntries(Object.keys(OVERRIDES).map((name) => [name, process.env[name]]))
Object.assign(process.env, OVERRIDES)
afterAll(() => {
  for (const [name, value] of Object.entries(previous)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
})

const VISITOR = "3f2b8c1e-9a4d-4c7b-8e21-0d5f6a7b8c9d"
const OTHER_VISITOR = "a1b2c3d4-0000-4000-8000-00000000000f"
const THIRD_VISITOR = "b1b2c3d4-0000-4000-8000-00000000000f"
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

httpTestRunner({
  testSuite: ({ api, getContainer }) => {
    let key: string

    beforeEach(async () => {
      key = (await createPublishableKey(getContainer())).token
    })

    /** An events batch from one client address (Medusa trusts one proxy hop: X-Forwarded-For names the client). */
    /** A named visitor's id as the store issues it (signed with the app's own keys). */
    const signed = (name: string) => signedVisitorId(getContainer(), name)
    const sendEvents = (clientIp: string, visitor = VISITOR) =>
      api
        .post(
          "/store/touchpoints/events",
          { events: [{ type: "page_view", occurred_at: new Date().toISOString(), url: "/" }] },
          storeHeaders(key, { "x-touchpoints-visitor": signed(visitor), "x-forwarded-for": clientIp })
        )
        .catch(failure)

    describe("POST /store/touchpoints/events", () => {
      it("should answer 429 with Retry-After in Medusa's error shape once a client is over its budget", async () => {
        const statuses: number[] = []
        for (let count = 0; count < 5; count++) {
          statuses.push((await sendEvents("198.51.100.1")).status)
        }
        expect(statuses).toEqual([202, 202, 202, 202, 202])

        // a new visitor id does not reset the client's budget
        const flood = (await sendEvents("198.51.100.1", OTHER_VISITOR)) as unknown as {
          status: number
          headers: Record<string, string>
          data: { type: string; message: string }
        }
        expect(flood.status).toBe(429)
        expect(Number(flood.headers["retry-after"])).toBeGreaterThanOrEqual(1)
        expect(Number(flood.headers["retry-after"])).toBeLessThanOrEqual(60)
        expect(flood.data).toEqual({ type: "too_many_requests", message: expect.stringMatching(/Too many requests/) })

        // another client is not affected
        expect((await sendEvents("198.51.100.2", THIRD_VISITOR)).status).toBe(202)
      })
    })

    describe("POST /store/touchpoints/consent", () => {
      const consent = (clientIp: string) =>
        api
          .post(
            "/store/touchpoints/consent",
            { analytics: true },
            storeHeaders(key, { "x-touchpoints-visitor": signed(VISITOR), "x-forwarded-for": clientIp })
          )
          .catch(failure)

      it("should take requests again once the window has passed", async () => {
        expect((await consent("198.51.100.3")).status).toBe(200)
        expect((await consent("198.51.100.3")).status).toBe(200)
        const refused = (await consent("198.51.100.3")) as unknown as {
          status: number
          headers: Record<string, string>
        }
        expect(refused.status).toBe(429)
        expect(refused.headers["retry-after"]).toBe("1")
        await sleep(1_100)
        expect((await consent("198.51.100.3")).status).toBe(200)
      })
    })
  },
})
