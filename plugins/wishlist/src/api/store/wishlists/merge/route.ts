import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { renderOwnedLists } from "../../../../lib/render-owned-lists"
import { customerIdOf, GUEST_TOKEN_HEADER, wishlistService } from "../../../../lib/shopper"
import { guestKeyOf } from "../../../../lib/tokens"
import { mergeGuestWishlistsWorkflow } from "../../../../workflows/merge-guest-lists"
import type { PostMergeType } from "../validators"

/** Merges a guest's lists into the logged-in customer's (also done automatically on login). */
export async function POST(req: MedusaRequest<PostMergeType>, res: MedusaResponse) {
  const customerId = customerIdOf(req)
  if (!customerId) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Log in as a customer to merge a guest's lists")
  }
  const guestKey = guestKeyOf(wishlistService(req).settings.share.keys, req.validatedBody.guest_token)
  if (!guestKey) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `guest_token: not a valid ${GUEST_TOKEN_HEADER} token`)
  }
  const { result } = await mergeGuestWishlistsWorkflow(req.scope).run({
    input: { guest_key: guestKey, customer_id: customerId },
  })
  const wishlists = await renderOwnedLists(req, { kind: "customer", customerId })
  res.json({ merged: result, wishlists })
}
