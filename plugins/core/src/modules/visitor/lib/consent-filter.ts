import type { VisitorEventType } from "./event-types"

export type ConsentPolicy = { required: boolean; necessaryEvents: readonly VisitorEventType[] }

/**
 * Whether analytics tracking is allowed for a visitor: an explicit choice wins; without one,
 * tracking is allowed only when the shop does not require opt-in.
 */
export function analyticsAllowed(consent: boolean | null, policy: ConsentPolicy): boolean {
  return consent ?? !policy.required
}

/** The event types kept for a visitor: all with analytics consent, else only the shop's necessary ones. */
export function keepsEvent(type: VisitorEventType, consent: boolean | null, policy: ConsentPolicy): boolean {
  return analyticsAllowed(consent, policy) || policy.necessaryEvents.includes(type)
}
