import { type ConsentEntry, UNVERIFIED } from "./consent-entry"
import { type ConsentPolicy, effectiveConsent } from "./consent-precedence"
import { ERASED_PROOF, erasedAddressOf } from "./erased-address"

/** A hashed opt-out an erasure keeps: the flow, when and how the shopper opted out, and nothing that names them. */
export type ErasedOptOut = Pick<ConsentEntry, "address" | "flow" | "granted" | "source" | "proof" | "recorded_at">

/**
 * The opt-outs still in force in a ledger (per address and flow, replayed by the usual precedence), hashed: an
 * erased shopper stays unsubscribed. Opt-ins are not kept: after erasure nobody may mail the address until it
 * opts in again.
 */
export function erasedOptOutsOf(entries: readonly ConsentEntry[], policy: ConsentPolicy): ErasedOptOut[] {
  const byAddress = new Map<string, ConsentEntry[]>()
  for (const entry of entries) byAddress.set(entry.address, [...(byAddress.get(entry.address) ?? []), entry])
  const kept: ErasedOptOut[] = []
  for (const [address, history] of byAddress) {
    for (const flow of new Set(history.map((entry) => entry.flow))) {
      const { granted, decidedBy } = effectiveConsent(history, flow, policy)
      if (granted !== false || !decidedBy) continue
      kept.push({
        address: erasedAddressOf(address),
        flow,
        granted: false,
        source: decidedBy.source,
        // an unverified opt-out stays unverified (its owner may lift it), any other proof may name the person
        proof: decidedBy.proof === UNVERIFIED ? UNVERIFIED : ERASED_PROOF,
        recorded_at: decidedBy.recorded_at,
      })
    }
  }
  return kept
}
