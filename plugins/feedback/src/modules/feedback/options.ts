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

const withProductPlaceholder = (url: string) => url.includes("{product_handle}") || url.includes("{product_id}")

/** Options of the @touchpoints/feedback plugin, checked once at boot; none is required. */
export const feedbackOptionsSchema = z
  .object({
    /** Days after the start event before the survey email goes out. */
    delayDays: z.number().min(0).max(90).default(7),
    /**
     * What starts the clock: the fulfillment's shipment (default), its creation (shops that ship at once) or its
     * delivery. Before that nothing is sent: a survey before the parcel could have arrived asks too early.
     */
    startAfter: z.enum(["fulfillment", "shipment", "delivery"]).default("shipment"),
    /** Orders whose start event is older than the delay plus this are left alone (installing never mails old orders). */
    maxOrderAgeDays: z.number().int().min(1).max(365).default(30),
    /** At most one survey per customer (or address, for guests) in this many days. */
    throttleDays: z.number().int().min(0).max(730).default(90),
    /** Surveys are marketing: without a recorded opt-in for the address none is sent. */
    requireConsent: z.boolean().default(true),
    /** A survey takes answers for this many days after it was sent (or shown inline). */
    answerWindowDays: z.number().int().min(1).max(365).default(30),
    /** After the first answer, it can be changed for this many hours; then the token is closed. */
    changeWindowHours: z
      .number()
      .min(0)
      .max(24 * 90)
      .default(48),
    /**
     * The storefront page with `<tp-feedback-survey>` that score links land on; `{token}` is replaced. A path is
     * resolved against core's `shop.storefrontUrl`.
     */
    surveyUrl: linkOptionSchema("{token}").default("/feedback?token={token}"),
    /**
     * Days a survey link works after it was made (then its page says the survey has closed). The survey's own
     * answer window still applies: the link stops at whichever ends first.
     */
    surveyLinkDays: z.number().int().min(1).max(365).default(30),
    /**
     * Mail scanners that run scripts open every score link within seconds. Two different automatic answers (a
     * page that posted by itself) within this many seconds of each other are all discarded, and further
     * automatic answers wait until the burst has been quiet this long; a pressed button always counts.
     */
    scannerBurstSeconds: z.number().int().min(10).max(3600).default(120),
    /**
     * Whether the score page posts by itself in a person's browser. false: only its button records (for shops
     * whose customers sit behind scanners that run scripts and open a single link, which look like a person).
     */
    automaticAnswers: z.boolean().default(true),
    /** Signs survey links (default: core's `secret`). */
    secret: ownSecretSchema,
    /** Earlier values of this plugin's own `secret`, verify-only during a rotation. */
    previousSecrets: ownPreviousSecretsSchema,
    /** Minutes an answer may still change before its follow-up (owner alert, thank-you) goes out. */
    followUpDelayMinutes: z.number().min(0).max(1440).default(15),
    /** Detractor alerts: an admin feed entry always, and an email to this address when set. */
    alerts: z
      .object({ email: z.email().nullable().default(null) })
      .strict()
      .prefault({}),
    /** Promoters (9-10) get a thank-you asking for a review of what they bought, and a referral link when set. */
    promoters: z
      .object({
        thankYou: z.boolean().default(true),
        /** A product's review page (a path is resolved against core's `shop.storefrontUrl`); null: none. */
        reviewUrl: linkOptionSchema()
          .refine(withProductPlaceholder, { message: "must contain {product_handle} or {product_id}" })
          .nullable()
          .default("/products/{product_handle}#reviews"),
        referralUrl: z.url().nullable().default(null),
      })
      .strict()
      .prefault({}),
    /** The follow-up questions per score band, and the effort question (shown by the widget, in the report). */
    questions: z
      .object({
        detractor: z.string().min(1).max(200).default("What could we improve?"),
        passive: z.string().min(1).max(200).default("What would make it a 10?"),
        promoter: z.string().min(1).max(200).default("What did we do well?"),
        effort: z
          .string()
          .min(1)
          .max(200)
          .default("On a scale of 1-5, how much effort did you have to put in to get what you wanted?"),
      })
      .strict()
      .prefault({}),
    /** Orders read per page by the survey scan. */
    scanPageSize: z.number().int().min(10).max(5000).default(500),
  })
  .strict()

export type FeedbackOptions = ReturnType<typeof parseFeedbackOptions>

/** Parses plugin options (naming every wrong one); the secret and absolute links come from core's when needed. */
export function parseFeedbackOptions(raw: unknown, suite: SuiteIdentity = suiteIdentity("@touchpoints/feedback")) {
  const options = parsePluginOptions("@touchpoints/feedback", feedbackOptionsSchema, raw)
  const { reviewUrl } = options.promoters
  return {
    ...options,
    keys: pluginKeys(options, suite),
    surveyUrl: storefrontLink(suite, options.surveyUrl),
    promoters: { ...options.promoters, reviewUrl: reviewUrl && storefrontLink(suite, reviewUrl) },
  }
}
