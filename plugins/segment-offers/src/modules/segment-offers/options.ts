import { z } from "@medusajs/framework/zod"
import { parsePluginOptions } from "@touchpoints/core/lib/plugin-options"

/** Options of the @touchpoints/segment-offers plugin, checked once at boot. */
export const segmentOffersOptionsSchema = z
  .object({
    /**
     * Seconds an instance keeps the segment and offer lists (with their promotions' state) before reading them
     * again. Admin changes flush the instance that made them at once; other instances agree within this time.
     */
    cacheSeconds: z.number().int().min(0).max(300).default(10),
    /** Signs the offer links in emails: set a real secret outside the demo. */
    secret: z.string().min(16).default("touchpoints-demo-signing-secret"),
    /** The storefront page an emailed offer links to; `{offer_id}` and `{token}` are replaced. */
    offerUrl: z
      .string()
      .refine((url) => url.includes("{token}"), { message: "must contain {token}" })
      .default("http://localhost:9000/demo/?tp_offer={offer_id}&tp_offer_token={token}"),
    /** Days an emailed offer link stays good. */
    linkTtlDays: z.number().int().min(1).max(365).default(30),
    /** Customers per page when the sync job walks every customer profile. */
    syncPageSize: z.number().int().min(10).max(5000).default(500),
  })
  .strict()

export type SegmentOffersOptions = z.output<typeof segmentOffersOptionsSchema>

export const parseSegmentOffersOptions = (raw: unknown) =>
  parsePluginOptions("@touchpoints/segment-offers", segmentOffersOptionsSchema, raw)
