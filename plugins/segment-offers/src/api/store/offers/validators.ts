import { z } from "@medusajs/framework/zod"
import { flag, id, offerToken, PLACEMENTS, visitorId } from "../../shared-validators"

export const GetStoreOffers = z
  .object({
    cart_id: id.optional(),
    placement: z.enum(PLACEMENTS).optional(),
    include_others: flag.optional(),
    visitor_id: visitorId.optional(),
    /** The token of an emailed offer link: that offer, for the customer it was sent to. */
    token: offerToken.optional(),
  })
  .strict()
export type GetStoreOffersType = z.infer<typeof GetStoreOffers>

export const PostOfferEvent = z
  .object({
    kind: z.enum(["shown", "clicked"]),
    visitor_id: visitorId.optional(),
    cart_id: id.optional(),
    /** Shown from an emailed link: counts for the customer it was sent to. */
    token: offerToken.optional(),
  })
  .strict()
export type PostOfferEventType = z.infer<typeof PostOfferEvent>
