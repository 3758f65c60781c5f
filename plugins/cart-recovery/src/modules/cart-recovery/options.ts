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

const stepSchema = z
  .object({
    /** Hours of cart inactivity after which this reminder goes out. */
    delayHours: z
      .number()
      .gt(0)
      .max(24 * 60),
    /** A unique single-use promotion code in this reminder (only allowed after the first step). */
    incentivePercent: z.number().gt(0).max(90).optional(),
  })
  .strict()

/** Options of the @touchpoints/cart-recovery plugin, checked once at boot; none is required. */
export const cartRecoveryOptionsSchema = z
  .object({
    /** The reminder sequence, in increasing delays (default 1 h, 24 h, 72 h). */
    steps: z
      .array(stepSchema)
      .min(1)
      .max(5)
      .default([{ delayHours: 1 }, { delayHours: 24 }, { delayHours: 72 }])
      .refine((steps) => steps.every((step, i) => i === 0 || step.delayHours > steps[i - 1].delayHours), {
        message: "delays must increase from step to step",
      })
      .refine((steps) => steps[0]?.incentivePercent === undefined, {
        message: "the first reminder cannot carry an incentive (offer it in a later step)",
      }),
    /** Reminders are marketing: without a recorded opt-in for the address nothing is sent (turn off only where the law allows). */
    requireConsent: z.boolean().default(true),
    /** Carts inactive for longer than this are left alone (and a shop installing the plugin does not mail old carts). */
    maxCartAgeDays: z.number().int().min(1).max(90).default(14),
    /** No reminder to an address that placed an order in the last this-many hours. */
    recentPurchaseHours: z
      .number()
      .int()
      .min(0)
      .max(24 * 30)
      .default(24),
    /**
     * Where the reminder's link lands: a storefront page with `<tp-cart-recovery>`; `{token}` is replaced. A path
     * is resolved against core's `shop.storefrontUrl`.
     */
    recoveryUrl: linkOptionSchema("{token}").default("/cart?recover={token}"),
    /**
     * Days a reminder's link restores the cart (default 14). After that the link says it expired: a link mailed
     * to the wrong address, or forwarded, stops being useful.
     */
    linkLifetimeDays: z.number().int().min(1).max(90).default(14),
    /**
     * Days a reminder's incentive code works after the reminder (default 7). It is valid only for the reminded
     * cart's customer or email address, checked when applied and at checkout.
     */
    incentiveLifetimeDays: z.number().int().min(1).max(90).default(7),
    /** Signs recovery links (default: core's `secret`). */
    secret: ownSecretSchema,
    /** Earlier values of this plugin's own `secret`, verify-only during a rotation. */
    previousSecrets: ownPreviousSecretsSchema,
    /** Carts read per page by the scan. */
    scanPageSize: z.number().int().min(10).max(10_000).default(1000),
    /**
     * Batches of due carts the scan works on at once: while one waits for the database or the SMTP server the
     * others render (in bench/cart-recovery 2,500 reminders took 16.4 s one at a time, 13.5 s two, 12.5 s three
     * and no less with four, on two cores). Claims keep any number safe.
     */
    scanConcurrency: z.number().int().min(1).max(8).default(3),
  })
  .strict()

export type CartRecoveryOptions = ReturnType<typeof parseCartRecoveryOptions>

/** Parses plugin options (naming every wrong one); the secret and absolute links come from core's when needed. */
export function parseCartRecoveryOptions(
  raw: unknown,
  suite: SuiteIdentity = suiteIdentity("@touchpoints/cart-recovery")
) {
  const options = parsePluginOptions("@touchpoints/cart-recovery", cartRecoveryOptionsSchema, raw)
  return {
    ...options,
    keys: pluginKeys(options, suite),
    recoveryUrl: storefrontLink(suite, options.recoveryUrl),
  }
}
