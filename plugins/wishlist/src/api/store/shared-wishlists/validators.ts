import { z } from "@medusajs/framework/zod"
import { id } from "../wishlists/validators"

/** Where to price the shared items (as the owner's own list reads take it). */
export const GetSharedWishlist = z.object({ region_id: id.optional() }).strict()
export type GetSharedWishlistType = z.infer<typeof GetSharedWishlist>
