import { z } from "@medusajs/framework/zod"
import {
  RECOMMENDATION_PLACEMENTS,
  VISITOR_EVENT_TYPES,
  VISITOR_ID_PATTERN,
} from "../../../modules/visitor/lib/event-types"

const SIGNED_OR_LEGACY_VISITOR_ID = /^[A-Za-z0-9_-]{16,64}(\.0\.[A-Za-z0-9_-]{22})?$/

export const MAX_EVENTS_PER_BATCH = 50
/** The events endpoint's body limit; larger bodies are answered 413 by the body parser. */
export const EVENTS_BODY_LIMIT = "64kb"

const medusaId = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, "must be a Medusa id (letters, digits, _ and -)")
const text = (max: number) => z.string().min(1).max(max)
const url = z.string().max(2048)

/** A visitor id as the browser holds it: signed by the server (a 0.1 unsigned id is accepted here, then refused 401). */
export const visitorIdSchema = z
  .string()
  .regex(SIGNED_OR_LEGACY_VISITOR_ID, "must be a visitor id from POST /store/touchpoints/visitor")

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

export const PostTouchpointsConsent = z
  .object({
    visitor_id: visitorIdSchema.optional(),
    analytics: z.boolean(),
    source: text(100).optional(),
  })
  .strict()
export type PostTouchpointsConsentType = z.infer<typeof PostTouchpointsConsent>

export const GetTouchpointsVisitor = z.object({ visitor_id: visitorIdSchema.optional() }).strict()
export type GetTouchpointsVisitorType = z.infer<typeof GetTouchpointsVisitor>

/** Asks for a visitor id; `visitor_id`: the id a 0.1 widget made itself, upgraded once to a signed one. */
export const PostTouchpointsVisitor = z
  .object({ visitor_id: z.string().regex(VISITOR_ID_PATTERN, "must be 16-64 letters, digits, _ or -").optional() })
  .strict()
export type PostTouchpointsVisitorType = z.infer<typeof PostTouchpointsVisitor>

/** A flow name ("cart-recovery") or "*" for every marketing flow. */
const emailFlow = z.string().regex(/^(\*|[a-z][a-z0-9-]{0,63})$/, 'must be a flow name like "cart-recovery" or "*"')

export const PostTouchpointsEmailConsent = z
  .object({
    /** The cart whose email the choice is for (checkout); omitted for a logged-in customer's own address. */
    cart_id: medusaId.optional(),
    flow: emailFlow.default("*"),
    granted: z.boolean(),
  })
  .strict()
export type PostTouchpointsEmailConsentType = z.infer<typeof PostTouchpointsEmailConsent>

export const GetTouchpointsEmailConsent = z.object({ cart_id: medusaId.optional() }).strict()
export type GetTouchpointsEmailConsentType = z.infer<typeof GetTouchpointsEmailConsent>
