import { z } from "@medusajs/framework/zod"

/** A Medusa or wishlist id in a body, query or path. */
export const id = z.string().trim().min(1).max(100)
const name = z.string().trim().min(1, "must not be empty").max(80, "must be at most 80 characters")
const note = z.string().max(500, "must be at most 500 characters")
/** Whole units; the plugin's `limits.maxQuantity` caps the total of an item. */
const quantity = z.number().int("must be a whole number").min(1, "must be at least 1").max(100_000, "is absurd")
const METADATA_LIMIT = 4096

const metadata = z
  .record(z.string().max(100), z.unknown())
  .refine((value) => JSON.stringify(value).length <= METADATA_LIMIT, `must be at most ${METADATA_LIMIT} bytes as JSON`)

export const GetWishlists = z.object({ region_id: id.optional() }).strict()
export type GetWishlistsType = z.infer<typeof GetWishlists>

export const PostWishlist = z.object({ name }).strict()
export type PostWishlistType = z.infer<typeof PostWishlist>

export const PostWishlistItem = z
  .object({
    variant_id: id,
    quantity: quantity.default(1),
    note: note.optional(),
    metadata: metadata.optional(),
    region_id: id.optional(),
  })
  .strict()
export type PostWishlistItemType = z.infer<typeof PostWishlistItem>

export const UpdateWishlistItem = z
  .object({ quantity: quantity.optional(), note: note.nullable().optional() })
  .strict()
  .refine((body) => body.quantity !== undefined || body.note !== undefined, "send quantity or note")
export type UpdateWishlistItemType = z.infer<typeof UpdateWishlistItem>

export const PostMoveToCart = z.object({ cart_id: id }).strict()
export type PostMoveToCartType = z.infer<typeof PostMoveToCart>

export const PostShare = z
  .object({ expires_in_days: z.number().int("must be a whole number").min(1).max(365).optional() })
  .strict()
export type PostShareType = z.infer<typeof PostShare>

export const PostMerge = z.object({ guest_token: z.string().min(1).max(200) }).strict()
export type PostMergeType = z.infer<typeof PostMerge>
