import type { Owner } from "./types"

/** The key an owner is serialized on (advisory lock): one writer per shopper at a time. */
export function ownerLockKey(owner: Owner): string {
  return owner.kind === "customer" ? `tp_wishlist:c:${owner.customerId}` : `tp_wishlist:g:${owner.guestKey}`
}

/** Column values of a list for this owner. */
export function ownerColumns(owner: Owner): { customer_id: string | null; guest_key: string | null } {
  return owner.kind === "customer"
    ? { customer_id: owner.customerId, guest_key: null }
    : { customer_id: null, guest_key: owner.guestKey }
}

/** The case-insensitive key a list name is unique on. */
export function nameKey(name: string): string {
  return name.trim().toLocaleLowerCase("en")
}
