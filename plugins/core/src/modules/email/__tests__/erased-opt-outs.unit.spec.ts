import type { ConsentEntry } from "../lib/consent-entry"
import { erasedAddressOf } from "../lib/erased-address"
import { erasedOptOutsOf } from "../lib/erased-opt-outs"

const policy = { singleOptInFlows: [] }
let sequence = 0
const entry = (change: Partial<ConsentEntry>): ConsentEntry => ({
  id: `tpce_${++sequence}`,
  address: "ada@example.test",
  flow: "feedback",
  granted: false,
  source: "unsubscribe_link",
  proof: "token:unsubscribe",
  cart_id: null,
  customer_id: null,
  recorded_at: new Date(Date.UTC(2026, 0, sequence)),
  ...change,
})

describe("erasedOptOutsOf", () => {
  it("should keep an opt-out in force per flow, hashed, with its time and source and no proof that names anyone", () => {
    const optOut = entry({
      source: "customer_account",
      proof: "customer:cus_1",
      customer_id: "cus_1",
      cart_id: "cart_1",
    })
    expect(erasedOptOutsOf([entry({ granted: true, proof: "customer:cus_1" }), optOut], policy)).toEqual([
      {
        address: erasedAddressOf("ada@example.test"),
        flow: "feedback",
        granted: false,
        source: "customer_account",
        proof: "erased",
        recorded_at: optOut.recorded_at,
      },
    ])
  })

  it("should keep no opt-in, and no opt-out a later verified opt-in lifted", () => {
    const history = [
      entry({ flow: "cart-recovery", granted: true, proof: "customer:cus_1" }),
      entry({}),
      entry({ granted: true, source: "owner", proof: "user:user_1" }),
    ]
    expect(erasedOptOutsOf(history, policy)).toEqual([])
  })

  it("should keep an unverified opt-out unverified, so the address's owner can still lift it", () => {
    const [kept] = erasedOptOutsOf([entry({ source: "guest_cart_form", proof: "unverified", flow: "*" })], policy)
    expect(kept).toMatchObject({ flow: "*", proof: "unverified" })
  })

  it("should hash the trimmed, lower-cased address (what the send gate recomputes)", () => {
    expect(erasedAddressOf(" Ada@Example.TEST ")).toBe(erasedAddressOf("ada@example.test"))
    expect(erasedAddressOf("ada@example.test")).toMatch(/^sha256:[0-9a-f]{64}$/)
  })
})
