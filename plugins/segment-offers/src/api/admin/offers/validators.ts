import { z } from "@medusajs/framework/zod"
import { isSafeLink } from "../../../lib/safe-link"
import { id, isoDateTime, PLACEMENTS } from "../../shared-validators"

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
