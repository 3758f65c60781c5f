import type { MedusaRequest } from "@medusajs/framework/http"
import { customerIdOf, guestTokenHeader } from "./shopper"

/** A logged-in customer's new list is not a guest list: the guest-list budget does not count it. */
export const isCustomer = (req: MedusaRequest): boolean => customerIdOf(req) !== null

/** A guest who already has a token counts against it too (a first list has none yet: the IP alone counts). */
export function guestTokenSubject(req: MedusaRequest): string | null {
  const token = guestTokenHeader(req)
  return token && token.length <= 512 ? `guest:${token}` : null
}
