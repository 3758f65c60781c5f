import express from "express"
import request from "supertest"
import { rateLimitOptionsSchema } from "../../../lib/rate-limit-options"
import { configureRateLimits } from "../../../lib/rate-limiters"
import { rateLimit } from "../rate-limit"

type Handler = express.RequestHandler

/** A real Express app trusting one proxy hop, as Medusa's, with a route behind `rateLimit`. */
function limitedApp(middleware: unknown) {
  const app = express()
  app.set("trust proxy", 1)
  app.post("/store/wishlists/:id/share", middleware as Handler, (_req, res) => {
    res.status(201).json({ ok: true })
  })
  return app
}

describe("rateLimit", () => {
  beforeEach(async () => {
    await configureRateLimits(
      rateLimitOptionsSchema.parse({ shareLinks: { points: 2, duration: 60 }, guestLists: { points: 1, duration: 60 } })
    )
  })

  it("should answer 429 in Medusa's error shape with Retry-After once a client is over budget", async () => {
    const app = limitedApp(rateLimit("shareLinks"))
    const from = (ip: string) => request(app).post("/store/wishlists/wl_1/share").set("x-forwarded-for", ip)
    expect((await from("203.0.113.1")).status).toBe(201)
    expect((await from("203.0.113.1")).status).toBe(201)
    const refused = await from("203.0.113.1")
    expect(refused.status).toBe(429)
    expect(Number(refused.headers["retry-after"])).toBeGreaterThanOrEqual(59)
    expect(refused.body).toEqual({
      type: "too_many_requests",
      message: expect.stringMatching(/^Too many requests; send this one again in \d+ seconds$/),
    })
    expect((await from("203.0.113.2")).status).toBe(201)
  })

  it("should count a route's subject across addresses, and skip what the route says is not counted", async () => {
    const subject = (req: express.Request) => `wishlist:${req.params.id}`
    const app = limitedApp(rateLimit("guestLists", { subject, skip: (req) => req.headers.authorization !== undefined }))
    const send = (ip: string, list: string, auth?: string) => {
      const call = request(app).post(`/store/wishlists/${list}/share`).set("x-forwarded-for", ip)
      return auth ? call.set("authorization", auth) : call
    }
    expect((await send("198.51.100.1", "wl_a")).status).toBe(201)
    // another address, same subject: the subject's budget is spent
    expect((await send("198.51.100.2", "wl_a")).status).toBe(429)
    // skipped requests are never counted
    for (let count = 0; count < 3; count++) expect((await send("198.51.100.3", "wl_b", "Bearer x")).status).toBe(201)
  })
})
