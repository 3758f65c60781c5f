import { MedusaError } from "@medusajs/framework/utils"
import { isDatabaseUnavailable } from "../database-unavailable"

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
