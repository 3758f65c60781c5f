import { z } from "@medusajs/framework/zod"
import { id } from "../wishlists/validators"

export const PostSaveForLater = z.object({ wishlist_id: id.optional() }).strict()
export type PostSaveForLaterType = z.infer<typeof PostSaveForLater>
