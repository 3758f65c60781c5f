import express from "express"
import request from "supertest"
import { databaseOutageErrorHandler } from "../database-outage-error-handler"
import { refuseControlCharacters } from "../refuse-control-characters"

/** A real Express app with a JSON body parser, the guard and Medusa's error handler, as the app mounts them. */
function guardedApp() {
  const app = express()
  app.use(express.json())
  app.use("*", refuseControlCharacters as unknown as express.RequestHandler)
  app.all("*", (_req, res) => {
    res.json({ reached: true })
  })
  app.use(databaseOutageErrorHandler())
  return app
}

describe("refuseControlCharacters", () => {
  const app = guardedApp()

  it("should answer 400 invalid_data for a control character in the path, query or body", async () => {
    const answers = [
      await request(app).get("/store/regions?id=%00"),
      await request(app).get("/store/regions?id[0][a]=x%01"),
      await request(app).get("/store/wishlists/wl_%00"),
      await request(app).post("/store/carts/c/bundles").send({ variant_id: "\u0000" }),
      await request(app)
        .post("/store/x")
        .send({ nested: { list: ["ok", "bell\u0007"] } }),
    ]
    for (const answer of answers) {
      expect(answer.status).toBe(400)
      expect(answer.body.type).toBe("invalid_data")
      expect(answer.body.message).toMatch(/control character/)
    }
    expect(answers[3].body.message).toContain("at variant_id")
  })

  it("should let clean requests and multi-line text through", async () => {
    expect((await request(app).get("/store/regions?id=reg_1&q=%2500")).body).toEqual({ reached: true })
    expect((await request(app).post("/store/feedback/t").send({ comment: "a\r\nb\tc" })).body).toEqual({
      reached: true,
    })
  })
})
