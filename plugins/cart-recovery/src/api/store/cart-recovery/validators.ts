import { z } from "@medusajs/framework/zod"

const cartId = z.string().regex(/^cart_[A-Za-z0-9]{1,64}$/, "must be a cart id (cart_...)")

/** A link's view; `cart_id`: the shopper's cart, to learn whether it already is the reminded cart (same device). */
export const GetCartRecovery = z.object({ cart_id: cartId.optional() }).strict()
export type GetCartRecoveryType = z.infer<typeof GetCartRecovery>

/** Following a recovery link: the shopper's own cart to add the lines to, or none (a new cart is made). */
export const PostCartRecovery = z.object({ cart_id: cartId.optional() }).strict()
export type PostCartRecoveryType = z.infer<typeof PostCartRecovery>
