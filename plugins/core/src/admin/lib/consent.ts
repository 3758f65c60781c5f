import { adminFetch } from "../kit"

/** One change in an address's consent ledger (GET /admin/touchpoints/consent). */
export type ConsentChange = {
  id: string
  flow: string
  granted: boolean
  source: string
  proof: string
  cart_id: string | null
  customer_id: string | null
  recorded_at: string
}

/** The effective choice for one flow. */
export type ConsentFlowState = {
  flow: string
  granted: boolean | null
  pending_confirmation: boolean
  source: string | null
  recorded_at: string | null
}

export type ConsentPolicy = {
  single_opt_in_flows: string[]
  confirmation_hours: number
  set_in: "admin" | "options"
}

export type AddressConsent = {
  address: string
  states: ConsentFlowState[]
  history: ConsentChange[]
  count: number
  policy: ConsentPolicy
}

const path = (email: string) => `/admin/touchpoints/consent?email=${encodeURIComponent(email)}`

export const loadAddressConsent = (email: string) => adminFetch<AddressConsent>(path(email))

export const loadConsentPolicy = () =>
  adminFetch<{ policy: ConsentPolicy }>("/admin/touchpoints/consent/policy").then((answer) => answer.policy)

/** Saves the single-opt-in flows (the owner's choice overrides core's option). */
export const saveConsentPolicy = (flows: string[]) =>
  adminFetch<{ policy: ConsentPolicy }>("/admin/touchpoints/consent/policy", {
    method: "POST",
    body: { single_opt_in_flows: flows },
  }).then((answer) => answer.policy)

/** The owner records a choice for the address (a verified change); answers the new state and history. */
export const recordOwnerConsent = (email: string, flow: string, granted: boolean) =>
  adminFetch<AddressConsent>("/admin/touchpoints/consent", { method: "POST", body: { email, flow, granted } })

/** "customer_account" -> "customer account"; "*" -> "all flows". */
export const sourceLabel = (source: string) => source.replace(/_/g, " ")
export const flowName = (flow: string) => (flow === "*" ? "All flows" : flow)

export function stateLabel(state: ConsentFlowState): string {
  if (state.granted === true) return "opted in"
  if (state.granted === false)
    return state.pending_confirmation ? "opted out (opt-in awaiting confirmation)" : "opted out"
  return state.pending_confirmation ? "awaiting confirmation" : "no choice"
}
