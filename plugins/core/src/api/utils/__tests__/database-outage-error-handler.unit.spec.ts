import { MedusaError } from "@medusajs/framework/utils"
import express from "express"
import request from "supertest"
import { databaseOutageErrorHandler } from "../database-outage-error-handler"

const withCode = (code: string, message: string) => Object.assign(new Error(message), { code })

/** A real Express app whose routes throw what a route would meet, behind the handler as Medusa mounts it. */
function appThrowing(errors: Record<string, unknown>) {
  const app = express()
  for (const [path, error] of Object.entries(errors)) {
    app.get(path, (_req, _res, next) => next(error))
  }
  app.use(databaseOutageErrorHandler())
  return app
}

describe("databaseOutageErrorHandler", () => {
  const app = appThrowing({
    "/terminated": withCode("57P01", "terminating connection due to administrator command"),
    "/refused": withCode("55000", 'database "shop" is not currently accepting connections'),
    "/pool": new Error("Knex: Timeout acquiring a connection. The pool is probably full."),
    "/missing": new MedusaError(MedusaError.Types.NOT_FOUND, "Wishlist wl_1 was not found"),
    "/invalid": new MedusaError(MedusaError.Types.INVALID_DATA, "name is required"),
    "/bug": new TypeError("x.split is not a function"),
    "/nul": withCode("22021", 'invalid byte sequence for encoding "UTF8": 0x00'),
  })

  it("should answer 503 with Retry-After in Medusa's error shape when the database is away", async () => {
    for (const path of ["/terminated", "/refused", "/pool"]) {
      const answer = await request(app).get(path)
      expect(answer.status).toBe(503)
      expect(answer.headers["retry-after"]).toBe("2")
      expect(answer.body).toEqual({
        type: "unavailable",
        message: "The shop's database is unavailable for a moment; send the same request again shortly",
      })
    }
  })

  it("should leave every other error to Medusa's own handler, unchanged", async () => {
    const missing = await request(app).get("/missing")
    expect(missing.status).toBe(404)
    expect(missing.body).toMatchObject({ type: "not_found", message: "Wishlist wl_1 was not found" })
    expect((await request(app).get("/invalid")).status).toBe(400)
    const bug = await request(app).get("/bug")
    expect(bug.status).toBe(500)
    expect(JSON.stringify(bug.body)).not.toContain("split")
  })

  it("should answer 400 invalid_data, not an outage, when the database refused the request's text", async () => {
    const answer = await request(app).get("/nul")
    expect(answer.status).toBe(400)
    expect(answer.headers["retry-after"]).toBeUndefined()
    expect(answer.body).toEqual({
      type: "invalid_data",
      message: "The request holds text the database cannot store (such as a NUL character)",
    })
  })
})
