import { MedusaError } from "@medusajs/framework/utils"
import { isDatabaseUnavailable, isRefusedRequestText } from "../database-unavailable"

const withCode = (code: string, message = "failed") => Object.assign(new Error(message), { code })

describe("isDatabaseUnavailable", () => {
  it("should recognise a restarting or refusing database, also when wrapped", () => {
    expect(isDatabaseUnavailable(withCode("57P01", "terminating connection due to administrator command"))).toBe(true)
    expect(isDatabaseUnavailable(withCode("55000", 'database "shop" is not currently accepting connections'))).toBe(
      true
    )
    expect(isDatabaseUnavailable(withCode("08006"))).toBe(true)
    expect(isDatabaseUnavailable(new Error("outer", { cause: withCode("ECONNREFUSED") }))).toBe(true)
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true)
  })

  it("should leave every other error to Medusa's error handler", () => {
    expect(isDatabaseUnavailable(withCode("23505", "duplicate key value violates unique constraint"))).toBe(false)
    expect(isDatabaseUnavailable(new MedusaError(MedusaError.Types.INVALID_DATA, "events.0.type is wrong"))).toBe(false)
    expect(isDatabaseUnavailable(null)).toBe(false)
    expect(isDatabaseUnavailable("text")).toBe(false)
  })
})

describe("isDatabaseUnavailable on text the database refused", () => {
  // what PostgreSQL answers to a NUL in a parameter, in jsonb, and inside the query text itself
  const nulParameter = withCode("22021", 'invalid byte sequence for encoding "UTF8": 0x00')
  const nulJson = withCode("22P05", "unsupported Unicode escape sequence")
  const nulQueryText = withCode("08P01", "invalid message format")
  const afterProtocolError = new Error("Connection terminated unexpectedly", { cause: nulQueryText })

  it("should not take a refused request text for an outage, also when wrapped", () => {
    for (const error of [nulParameter, nulJson, nulQueryText, new Error("query failed", { cause: nulParameter })]) {
      expect(isDatabaseUnavailable(error)).toBe(false)
      expect(isRefusedRequestText(error)).toBe(true)
    }
    expect(isDatabaseUnavailable(withCode("XX000", 'invalid byte sequence for encoding "UTF8": 0x00'))).toBe(false)
  })

  it("should still see an outage in the rest of the connection class and in a pool timeout", () => {
    for (const code of ["08000", "08001", "08003", "08006", "57P01", "53300", "ECONNREFUSED", "ETIMEDOUT"]) {
      expect(isDatabaseUnavailable(withCode(code))).toBe(true)
      expect(isRefusedRequestText(withCode(code))).toBe(false)
    }
    expect(isDatabaseUnavailable(new Error("Knex: Timeout acquiring a connection. The pool is probably full."))).toBe(
      true
    )
    // the outer error names the lost connection: that is what the client met, an outage
    expect(isDatabaseUnavailable(afterProtocolError)).toBe(true)
  })
})
