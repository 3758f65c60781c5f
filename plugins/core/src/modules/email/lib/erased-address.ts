import { createHash } from "node:crypto"
import { normalizeAddress } from "./types"

/**
 * What erasure keeps of an address that opted out or was suppressed: its SHA-256 (of the trimmed, lower-cased
 * address), so a later send to it is still refused while the address itself is gone. A hash of an address is
 * pseudonymous, not anonymous (anyone holding the address can recompute it): it is kept only as the proof and
 * effect of the opt-out the law asks the shop to honour.
 */
export const ERASED_ADDRESS_PREFIX = "sha256:"

export function erasedAddressOf(address: string): string {
  return ERASED_ADDRESS_PREFIX + createHash("sha256").update(normalizeAddress(address)).digest("hex")
}

/** The proof an opt-out keeps once erased (the original proof may name the customer): still a verified one. */
export const ERASED_PROOF = "erased"
