import { type ConsentEntry, UNVERIFIED } from "./consent-entry"

/**
 * Which flows the owner lets count an unverified opt-in at once (single opt-in), and how long a confirmation link
 * works (an older unconfirmed opt-in no longer waits for anything); see the `email.consent` option.
 */
export type ConsentPolicy = { singleOptInFlows: readonly string[]; confirmationHours?: number }

export type EffectiveConsent = {
  /** true: may mail; false: opted out; null: no choice that counts (yet). */
  granted: boolean | null
  /** An unverified opt-in is waiting for its double-opt-in confirmation. */
  pendingConfirmation: boolean
  /** The newest verified opt-out still stands: only a verified opt-in lifts it. */
  verifiedOptOut: boolean
  /** The entry that decided `granted` (null when none did). */
  decidedBy: ConsentEntry | null
}

const isVerified = (entry: Pick<ConsentEntry, "proof">) => entry.proof !== UNVERIFIED

/**
 * The effective choice for `flow` from its own entries and the "*" entries, replayed in the order given (oldest
 * first: the service reads them ordered by the server's microsecond clock):
 * - a verified change (customer logged in, unsubscribe link, owner, confirmed double opt-in, import) decides;
 * - an unverified opt-out stops mail (the safe direction) but is not a verified opt-out: the address's owner
 *   lifts it with any opt-in that would count, and the owner sees it in the history;
 * - an unverified opt-in never lifts a verified opt-out; otherwise it counts at once only for the owner's
 *   single-opt-in flows, and else waits for its confirmation (`pendingConfirmation`, while its link works).
 */
export function effectiveConsent(
  entries: readonly ConsentEntry[],
  flow: string,
  policy: ConsentPolicy,
  now: Date = new Date()
): EffectiveConsent {
  const singleOptIn = flow !== "*" && policy.singleOptInFlows.includes(flow)
  // an unconfirmed opt-in older than its link waits for nothing any more
  const confirmable = (entry: ConsentEntry) =>
    policy.confirmationHours === undefined ||
    now.getTime() - new Date(entry.recorded_at).getTime() < policy.confirmationHours * 3_600_000
  const state: EffectiveConsent = { granted: null, pendingConfirmation: false, verifiedOptOut: false, decidedBy: null }
  for (const entry of entries) {
    if (entry.flow !== flow && entry.flow !== "*") continue
    if (isVerified(entry)) {
      Object.assign(state, { granted: entry.granted, verifiedOptOut: !entry.granted, decidedBy: entry })
      state.pendingConfirmation = false
    } else if (!entry.granted) {
      Object.assign(state, { granted: false, pendingConfirmation: false, decidedBy: entry })
    } else if (singleOptIn && !state.verifiedOptOut) {
      Object.assign(state, { granted: true, pendingConfirmation: false, decidedBy: entry })
    } else if (state.granted !== true) {
      state.pendingConfirmation = confirmable(entry)
    }
  }
  return state
}

/**
 * What the flow's rule alone says of an unverified opt-in: it waits for a confirmation unless the flow is single
 * opt-in. A guest's answers use this, never the address's history (a stranger must not learn that the address
 * unsubscribed).
 */
export function unverifiedOptInWaits(flow: string, policy: ConsentPolicy): boolean {
  return flow === "*" || !policy.singleOptInFlows.includes(flow)
}
