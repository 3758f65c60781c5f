/** Where a consent change came from. */
export const CONSENT_SOURCES = [
  "customer_account",
  "guest_cart_form",
  "unsubscribe_link",
  "owner",
  "import",
  "double_opt_in",
] as const
export type ConsentSource = (typeof CONSENT_SOURCES)[number]

/** The proof of a change nobody can vouch for: a guest typed an address into a cart form. */
export const UNVERIFIED = "unverified"

/** A ledger row as the service reads and answers it. */
export type ConsentEntry = {
  id: string
  address: string
  flow: string
  granted: boolean
  source: ConsentSource
  proof: string
  cart_id: string | null
  customer_id: string | null
  recorded_at: Date
}

/** What a caller appends (the server sets id and time). */
export type NewConsentEntry = {
  address: string
  flow: string
  granted: boolean
  source: ConsentSource
  proof: string
  cart_id?: string | null
  customer_id?: string | null
}

/** The proof a confirmation link leaves: it names the unverified opt-in it confirms (one confirmation each). */
export const confirmationProofOf = (entryId: string) => `token:consent-confirmation:${entryId}`

/** "cart-recovery" -> "cart recovery emails"; "*" -> "our marketing emails" (the confirmation's words). */
export const consentFlowLabel = (flow: string) =>
  flow === "*" ? "our marketing emails" : `${flow.replace(/-/g, " ")} emails`
