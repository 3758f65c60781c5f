import { z } from "@medusajs/framework/zod"
import { offerToken, visitorId } from "../../shared-validators"

export const PostApplyOffer = z.object({ visitor_id: visitorId.optional(), token: offerToken.optional() }).strict()
export type PostApplyOfferType = z.infer<typeof PostApplyOffer>
