import { incentiveBindingOf, knowsShopper, sameShopper } from "../incentive-binding"

const MADE = new Date("2026-12-01T00:00:00Z")

describe("incentive binding", () => {
  it("should read the reminded cart and expiry of a cart-recovery promotion, and ignore others", () => {
    const metadata = { touchpoints: "cart-recovery", cart_id: "cart_1", expires_at: "2026-12-08T00:00:00.000Z" }
    expect(incentiveBindingOf({ code: "COMEBACK-X", created_at: MADE, metadata }, 7)).toEqual({
      code: "COMEBACK-X",
      cartId: "cart_1",
      expiresAt: new Date("2026-12-08T00:00:00Z"),
    })
    expect(incentiveBindingOf({ code: "SUMMER", created_at: MADE, metadata: null }, 7)).toBeNull()
  })

  it("should give a code made before codes expired the lifetime from when it was made", () => {
    const binding = incentiveBindingOf(
      { code: "COMEBACK-OLD", created_at: MADE, metadata: { touchpoints: "cart-recovery", cart_id: "cart_1" } },
      7
    )
    expect(binding?.expiresAt).toEqual(new Date("2026-12-08T00:00:00Z"))
  })

  it("should match the same customer or the same address in any case, and nothing else", () => {
    const reminded = { email: "Ada@Example.test", customer_id: "cus_1" }
    expect(sameShopper(reminded, { email: "ada@example.test ", customer_id: null })).toBe(true)
    expect(sameShopper(reminded, { email: "other@example.test", customer_id: "cus_1" })).toBe(true)
    expect(sameShopper(reminded, { email: "other@example.test", customer_id: "cus_2" })).toBe(false)
    expect(sameShopper({ email: null, customer_id: null }, { email: null, customer_id: null })).toBe(false)
    expect(knowsShopper({ email: " ", customer_id: null })).toBe(false)
  })
})
