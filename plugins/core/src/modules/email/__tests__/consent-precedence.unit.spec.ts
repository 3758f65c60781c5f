import { type ConsentEntry, type ConsentSource, UNVERIFIED } from "../lib/consent-entry"
import { effectiveConsent } from "../lib/consent-precedence"

let clock = 0
/** A ledger entry `minutes` after the previous one. */
function entry(source: ConsentSource, granted: boolean, flow = "*", proof = "verified-by-test"): ConsentEntry {
  clock += 1
  return {
    id: `tpce_${String(clock).padStart(4, "0")}`,
    address: "a@example.test",
    flow,
    granted,
    source,
    proof: source === "guest_cart_form" ? UNVERIFIED : proof,
    cart_id: null,
    customer_id: null,
    recorded_at: new Date(Date.UTC(2026, 11, 1, 0, clock)),
  }
}
const doubleOptIn = { singleOptInFlows: [] }
const remindersSingle = { singleOptInFlows: ["cart-recovery"] }

describe("effectiveConsent", () => {
  it("should answer no choice for an empty ledger", () => {
    expect(effectiveConsent([], "cart-recovery", doubleOptIn)).toMatchObject({
      granted: null,
      pendingConfirmation: false,
    })
  })

  it("should never let an unverified opt-in lift a verified opt-out, even for a single-opt-in flow", () => {
    const ledger = [
      entry("customer_account", true),
      entry("unsubscribe_link", false, "cart-recovery"),
      entry("guest_cart_form", true, "cart-recovery"),
    ]
    expect(effectiveConsent(ledger, "cart-recovery", remindersSingle)).toMatchObject({
      granted: false,
      verifiedOptOut: true,
      pendingConfirmation: true,
    })
  })

  it("should count an unverified opt-in only once confirmed for double-opt-in flows", () => {
    const pending = entry("guest_cart_form", true, "segment-offer")
    expect(effectiveConsent([pending], "segment-offer", doubleOptIn)).toMatchObject({
      granted: null,
      pendingConfirmation: true,
    })
    const confirmed = [
      pending,
      entry("double_opt_in", true, "segment-offer", `token:consent-confirmation:${pending.id}`),
    ]
    expect(effectiveConsent(confirmed, "segment-offer", doubleOptIn)).toMatchObject({
      granted: true,
      pendingConfirmation: false,
    })
  })

  it("should count an unverified opt-in at once for the owner's single-opt-in flows, and only those", () => {
    const ledger = [entry("guest_cart_form", true, "*")]
    expect(effectiveConsent(ledger, "cart-recovery", remindersSingle).granted).toBe(true)
    expect(effectiveConsent(ledger, "feedback", remindersSingle).granted).toBeNull()
    expect(effectiveConsent(ledger, "*", remindersSingle).granted).toBeNull()
  })

  it("should let an unverified opt-out stop mail without making it a verified opt-out", () => {
    const ledger = [entry("double_opt_in", true), entry("guest_cart_form", false)]
    expect(effectiveConsent(ledger, "feedback", doubleOptIn)).toMatchObject({ granted: false, verifiedOptOut: false })
    // the address's owner lifts it with any opt-in that counts (here a single-opt-in flow's form)
    const lifted = [...ledger, entry("guest_cart_form", true, "cart-recovery")]
    expect(effectiveConsent(lifted, "cart-recovery", remindersSingle).granted).toBe(true)
  })

  it("should let a verified opt-in (customer, owner, confirmation) lift a verified opt-out", () => {
    for (const source of ["customer_account", "owner", "double_opt_in"] as const) {
      const ledger = [entry("unsubscribe_link", false, "feedback"), entry(source, true, "feedback")]
      expect(effectiveConsent(ledger, "feedback", doubleOptIn)).toMatchObject({ granted: true, verifiedOptOut: false })
    }
  })

  it("should apply '*' entries to every flow and flow entries only to their flow, newest deciding", () => {
    const ledger = [entry("import", true, "*"), entry("owner", false, "feedback")]
    expect(effectiveConsent(ledger, "feedback", doubleOptIn).granted).toBe(false)
    expect(effectiveConsent(ledger, "cart-recovery", doubleOptIn).granted).toBe(true)
    expect(effectiveConsent([...ledger, entry("customer_account", true, "*")], "feedback", doubleOptIn).granted).toBe(
      true
    )
  })

  it("should keep an imported (legacy) choice in effect", () => {
    expect(effectiveConsent([entry("import", true, "*")], "segment-offer", doubleOptIn).granted).toBe(true)
    expect(effectiveConsent([entry("import", false, "*")], "segment-offer", doubleOptIn).verifiedOptOut).toBe(true)
  })

  it("should stop waiting for a confirmation once its link has expired", () => {
    const pending = entry("guest_cart_form", true, "segment-offer")
    const policy = { singleOptInFlows: [], confirmationHours: 72 }
    const soon = new Date(new Date(pending.recorded_at).getTime() + 3_600_000)
    const later = new Date(new Date(pending.recorded_at).getTime() + 73 * 3_600_000)
    expect(effectiveConsent([pending], "segment-offer", policy, soon).pendingConfirmation).toBe(true)
    expect(effectiveConsent([pending], "segment-offer", policy, later)).toMatchObject({
      granted: null,
      pendingConfirmation: false,
    })
  })
})
