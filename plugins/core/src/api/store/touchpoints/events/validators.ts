import { z } from "@medusajs/framework/zod"
import { RECOMMENDATION_PLACEMENTS, VISITOR_EVENT_TYPES } from "../../../../modules/visitor/lib/event-types"
import { medusaId, text, visitorIdSchema } from "../../../utils/fields"

export const MAX_EVENTS_PER_BATCH = 50
/** The events endpoint's body limit; larger bodies are answered 413 by the body parser. */
export const EVENTS_BODY_LIMIT = "64kb"

const url = z.string().max(2048)

const utm = z
  .object({
    source: text(200).optional(),
    medium: text(200).optional(),
    campaign: text(200).optional(),
    term: text(200).optional(),
    content: text(200).optional(),
  })
  .strict()

const common = {
  occurred_at: z.iso.datetime({ offset: true, error: "must be an ISO 8601 date-time" }).optional(),
  url: url.optional(),
}

const pageView = z
  .object({
    type: z.literal("page_view"),
    ...common,
    referrer: url.optional(),
    title: text(300).optional(),
    utm: utm.optional(),
  })
  .strict()
const productView = z.object({ type: z.literal("product_view"), ...common, product_id: medusaId }).strict()
const categoryView = z.object({ type: z.literal("category_view"), ...common, category_id: medusaId }).strict()
const search = z.object({ type: z.literal("search"), ...common, query: text(200) }).strict()
const addToCart = z
  .object({
    type: z.literal("add_to_cart"),
    ...common,
    product_id: medusaId.optional(),
    variant_id: medusaId,
    quantity: z.number().int().min(1).max(10_000),
    cart_id: medusaId.optional(),
  })
  .strict()
const checkoutStarted = z.object({ type: z.literal("checkout_started"), ...common, cart_id: medusaId }).strict()
const placement = z.enum(RECOMMENDATION_PLACEMENTS)
const recommendationImpression = z
  .object({
    type: z.literal("recommendation_impression"),
    ...common,
    placement,
    anchor_product_id: medusaId.optional(),
    cart_id: medusaId.optional(),
    product_ids: z.array(medusaId).min(1).max(50),
  })
  .strict()
const recommendationClick = z
  .object({
    type: z.literal("recommendation_click"),
    ...common,
    placement,
    anchor_product_id: medusaId.optional(),
    cart_id: medusaId.optional(),
    product_id: medusaId,
  })
  .strict()

export const visitorEventSchema = z.discriminatedUnion(
  "type",
  [
    pageView,
    productView,
    categoryView,
    search,
    addToCart,
    checkoutStarted,
    recommendationImpression,
    recommendationClick,
  ],
  { error: `must be one of ${VISITOR_EVENT_TYPES.join(", ")}` }
)

export const PostTouchpointsEvents = z
  .object({
    visitor_id: visitorIdSchema.optional(),
    events: z.array(visitorEventSchema).min(1).max(MAX_EVENTS_PER_BATCH),
  })
  .strict()
export type PostTouchpointsEventsType = z.infer<typeof PostTouchpointsEvents>
