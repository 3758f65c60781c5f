import { z } from "@medusajs/framework/zod"
import {
  linkOptionSchema,
  ownPreviousSecretsSchema,
  ownSecretSchema,
  parsePluginOptions,
  pluginKeys,
  type SuiteIdentity,
  storefrontLink,
  suiteIdentity,
} from "@touchpoints/core/lib"

/** Options of the @touchpoints/segment-offers plugin, checked once at boot; none is required. */
export const segmentOffersOptionsSchema = z
  .object({
    /**
     * Seconds an instance keeps the segment and offer lists (with their promotions' state) before reading them
     * again. Admin changes flush the instance that made them at once; other instances agree within this time.
     */
    cacheSeconds: z.number().int().min(0).max(300).default(10),
    /** Signs the offer links in emails (default: core's `secret`). */
    secret: ownSecretSchema,
    /** Earlier values of this plugin's own `secret`, verify-only during a rotation. */
    previousSecrets: ownPreviousSecretsSchema,
    /**
     * The storefront page an emailed offer links to; `{offer_id}` and `{token}` are replaced. A path is resolved
     * against core's `shop.storefrontUrl`.
     */
    offerUrl: linkOptionSchema("{token}").default("/?tp_offer={offer_id}&tp_offer_token={token}"),
    /** Days an emailed offer link stays good. */
    linkTtlDays: z.number().int().min(1).max(365).default(30),
    /** Customers per page when the sync job walks every customer profile. */
    syncPageSize: z.number().int().min(10).max(5000).default(500),
  })
  .strict()

export type SegmentOffersOptions = ReturnType<typeof parseSegmentOffersOptions>

/** Parses plugin options (naming every wrong one); the secret and absolute links come from core's when needed. */
export function parseSegmentOffersOptions(
  raw: unknown,
  suite: SuiteIdentity = suiteIdentity("@touchpoints/segment-offers")
) {
  const options = parsePluginOptions("@touchpoints/segment-offers", segmentOffersOptionsSchema, raw)
  return { ...options, keys: pluginKeys(options, suite), offerUrl: storefrontLink(suite, options.offerUrl) }
}
