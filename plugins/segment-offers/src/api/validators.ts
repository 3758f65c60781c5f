import { z } from "@medusajs/framework/zod"
import { isSafeLink } from "../lib/safe-link"
import { checkRule } from "../modules/segment-offers/lib/rules"

const flag = z.enum(["true", "false"]).transform((value) => value === "true")
const id = z.string().min(1).max(100)
const isoDateTime = z.iso.datetime({ offset: true, error: "must be an ISO 8601 date-time" })
const visitorId = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "must be 16-64 letters, digits, _ or -")

export const PLACEMENTS = ["home", "product", "cart"] as const

/** A rule, checked by the rule language itself so each problem names its path (`rule.any.1.op: ...`). */
const rule = z.unknown().superRefine((value, context) => {
  const checked = checkRule(value, "rule")
  if (!checked.ok) {
    for (const problem of checked.problems) {
      // "rule.all.0.field: unknown field ..." -> path [all, 0, field] under the rule, message after the colon
      const split = problem.indexOf(": ")
      const path = problem
        .slice(0, split)
        .split(".")
        .slice(1)
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part))
      context.addIssue({ code: "custom", message: problem.slice(split + 2), path })
    }
  }
})

export const GetStoreOffers = z
  .object({
    cart_id: id.optional(),
    placement: z.enum(PLACEMENTS).optional(),
    include_others: flag.optional(),
    visitor_id: visitorId.optional(),
    /** The token of an emailed offer link: that offer, for the customer it was sent to. */
    token: z.string().min(1).max(500).optional(),
  })
  .strict()
export type GetStoreOffersType = z.infer<typeof GetStoreOffers>

export const PostOfferEvent = z
  .object({
    kind: z.enum(["shown", "clicked"]),
    visitor_id: visitorId.optional(),
    cart_id: id.optional(),
    /** Shown from an emailed link: counts for the customer it was sent to. */
    token: z.string().min(1).max(500).optional(),
  })
  .strict()
export type PostOfferEventType = z.infer<typeof PostOfferEvent>

export const PostApplyOffer = z
  .object({ visitor_id: visitorId.optional(), token: z.string().min(1).max(500).optional() })
  .strict()
export type PostApplyOfferType = z.infer<typeof PostApplyOffer>

const segmentFields = {
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2000).nullable().optional(),
  rule,
  status: z.enum(["active", "paused"]).optional(),
  mirror_to_group: z.boolean().optional(),
  email_offer: z.boolean().optional(),
}

export const PostSegment = z.object(segmentFields).strict()
export type PostSegmentType = z.infer<typeof PostSegment>

export const PostSegmentUpdate = z
  .object(segmentFields)
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: "give at least one field to change" })
export type PostSegmentUpdateType = z.infer<typeof PostSegmentUpdate>

export const PostSegmentPreview = z.object({ rule, sample: z.number().int().min(0).max(100).optional() }).strict()
export type PostSegmentPreviewType = z.infer<typeof PostSegmentPreview>

export const GetSegmentPreview = z.object({ sample: z.coerce.number().int().min(0).max(100).optional() }).strict()
export type GetSegmentPreviewType = z.infer<typeof GetSegmentPreview>

export const GetList = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
export type GetListType = z.infer<typeof GetList>

export const EmptyQuery = z.object({}).strict()
export const EmptyBody = z.object({}).strict()

const content = z
  .object({
    headline: z.string().trim().min(1).max(200),
    text: z.string().trim().max(1000).nullable().default(null),
    image_url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .nullable()
      .default(null),
    cta_label: z.string().trim().min(1).max(60).nullable().default(null),
    // rendered as an href on the shop's pages: http(s) or a path on the shop, never javascript:, data: or //host
    cta_url: z
      .string()
      .trim()
      .min(1)
      .max(2000)
      .refine(
        isSafeLink,
        "must be an http(s) URL, a path on the shop (starting with a single /) or a #place on the page"
      )
      .nullable()
      .default(null),
  })
  .strict()

const offerFields = {
  name: z.string().trim().min(1).max(200),
  segment_ids: z.array(id).min(1).max(50),
  promotion_id: id.optional(),
  priority: z.number().int().min(-1000).max(1000).optional(),
  status: z.enum(["active", "paused"]).optional(),
  starts_at: isoDateTime.nullable().optional(),
  ends_at: isoDateTime.nullable().optional(),
  placements: z.array(z.enum(PLACEMENTS)).min(1).max(3).optional(),
  /** One order with this offer's code per customer and per email address (new offers: on unless set). */
  once_per_shopper: z.boolean().optional(),
  content,
}

const startsBeforeEnds = (offer: { starts_at?: string | null; ends_at?: string | null }) =>
  !offer.starts_at || !offer.ends_at || new Date(offer.starts_at) < new Date(offer.ends_at)

const newPromotion = z
  .object({
    code: z
      .string()
      .trim()
      .min(2)
      .max(60)
      .regex(/^[A-Za-z0-9_-]+$/, "letters, digits, _ and - only"),
    type: z.enum(["percentage", "fixed"]),
    value: z.number().positive().max(1_000_000),
    currency_code: z
      .string()
      .regex(/^[a-z]{3}$/, "must be a 3-letter lower-case currency code")
      .optional(),
    campaign: z
      .object({
        starts_at: isoDateTime.nullable().optional(),
        ends_at: isoDateTime.nullable().optional(),
        usage_limit: z.number().int().min(1).max(100_000_000).nullable().optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((p) => p.type !== "percentage" || p.value <= 100, { message: "a percentage is at most 100", path: ["value"] })
  .refine((p) => p.type !== "fixed" || !!p.currency_code, {
    message: "a fixed amount needs a currency_code",
    path: ["currency_code"],
  })

export const PostOffer = z
  .object({ ...offerFields, promotion: newPromotion.optional() })
  .strict()
  .refine((offer) => !!offer.promotion_id !== !!offer.promotion, {
    message: "give promotion_id (an existing promotion) or promotion (one to create), not both",
    path: ["promotion_id"],
  })
  .refine(startsBeforeEnds, { message: "starts_at must be before ends_at", path: ["starts_at"] })
export type PostOfferType = z.infer<typeof PostOffer>

export const PostOfferUpdate = z
  .object(offerFields)
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: "give at least one field to change" })
  .refine(startsBeforeEnds, { message: "starts_at must be before ends_at", path: ["starts_at"] })
export type PostOfferUpdateType = z.infer<typeof PostOfferUpdate>

export const GetOfferStats = z
  .object({
    from: isoDateTime.or(z.iso.date()).optional(),
    to: isoDateTime.or(z.iso.date()).optional(),
    offer_id: id.optional(),
    segment_id: id.optional(),
  })
  .strict()
  .refine((q) => !q.from || !q.to || new Date(q.from) < new Date(q.to), {
    message: "from must be before to",
    path: ["from"],
  })
export type GetOfferStatsType = z.infer<typeof GetOfferStats>
