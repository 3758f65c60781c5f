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

/**
 * Options of the @touchpoints/wishlist plugin (medusa-config `plugins[].options`), checked once at boot; none is
 * required (the secret and the storefront come from @touchpoints/core). Medusa hands them to every module.
 */
export const wishlistOptionsSchema = z
  .object({
    share: z
      .object({
        /** HMAC key for share links and guest tokens (default: core's `secret`); rotate it with `previousSecrets`. */
        secret: ownSecretSchema,
        /** Earlier values of `share.secret`, verify-only during a rotation. */
        previousSecrets: ownPreviousSecretsSchema,
        /** Default lifetime of a share link. */
        ttlDays: z.number().int().min(1).max(365).default(90),
      })
      .strict()
      .prefault({}),
    limits: z
      .object({
        listsPerShopper: z.number().int().min(1).max(100).default(20),
        itemsPerList: z.number().int().min(1).max(1000).default(200),
        maxQuantity: z.number().int().min(1).max(100_000).default(999),
      })
      .strict()
      .default({ listsPerShopper: 20, itemsPerList: 200, maxQuantity: 999 }),
    defaultListName: z.string().trim().min(1).max(80).default("Saved for later"),
    cache: z
      .object({
        /** Seconds an instance keeps a variant's price and stock for list reads; 0 turns the cache off. */
        factsTtlSeconds: z.number().int().min(0).max(3600).default(20),
      })
      .strict()
      .default({ factsTtlSeconds: 20 }),
    /** Price-drop and back-in-stock emails to customers (guests have no address), on the core's email flow. */
    alerts: z
      .object({
        /** Send the alert emails at all (the events are emitted either way). */
        email: z.boolean().default(true),
        /** Alerts are marketing: no opt-in recorded for the address, no email. */
        requireConsent: z.boolean().default(true),
        /** An alert waits this long for others of the same shopper, so one email tells them all. */
        groupMinutes: z.number().int().min(0).max(1440).default(60),
        /** An alert not sent within this time (frequency cap) is dropped. */
        expireHours: z.number().int().min(1).max(720).default(72),
        /**
         * The link of an item in the email: it puts the variant in the cart; `{variant_id}`, `{handle}` replaced.
         * A path is resolved against core's `shop.storefrontUrl`.
         */
        itemUrl: linkOptionSchema("{variant_id}").default("/cart?add={variant_id}"),
      })
      .strict()
      .prefault({}),
  })
  .strict()

export type WishlistOptionsInput = z.input<typeof wishlistOptionsSchema>
export type WishlistOptions = ReturnType<typeof parseWishlistOptions>

/**
 * Parses plugin options, throwing an error that names every wrong option, and fills in what comes from core:
 * the secret (unless set here) and absolute links (`suite`: core's, read from the loaded medusa-config).
 */
export function parseWishlistOptions(raw: unknown, suite: SuiteIdentity = suiteIdentity("@touchpoints/wishlist")) {
  const options = parsePluginOptions("@touchpoints/wishlist", wishlistOptionsSchema, raw)
  return {
    ...options,
    share: { ...options.share, keys: pluginKeys(options.share, suite) },
    alerts: { ...options.alerts, itemUrl: storefrontLink(suite, options.alerts.itemUrl) },
  }
}
