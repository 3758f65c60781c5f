import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const redisUrl = process.env.REDIS_URL
const storeCors = process.env.STORE_CORS || "http://localhost:9000,http://localhost:8000"
const adminCors = process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173"
const authCors = process.env.AUTH_CORS || `${storeCors},${adminCors}`
const backendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
/**
 * Core's `secret` signs every link and token of the suite: TP_SIGNING_SECRET, with no fallback (a public default
 * would let anyone sign links for this store). `npm start` makes a random one per data folder (src/launcher/
 * signing-secret.mjs); the tests set their own; a real shop sets its own (`openssl rand -base64 48`).
 */
const signingSecret = process.env.TP_SIGNING_SECRET || undefined
/** Earlier signing secrets, comma-separated: links they signed keep working during a rotation (core `previousSecrets`). */
const previousSigningSecrets = (process.env.TP_PREVIOUS_SIGNING_SECRETS || "").split(",").filter(Boolean)
/** Medusa's own secrets: its starter's "supersecret" only outside production, so Medusa's production guard holds. */
const devOnly = (value: string) => (process.env.NODE_ENV === "production" ? undefined : value)
/** The demo shop's identity (every email's sender, footer and links); a real shop sets its own in core's `shop`. */
const demoShop = {
  name: process.env.TP_SHOP_NAME || "Touchpoints Demo Store",
  backendUrl,
  storefrontUrl: process.env.TP_STOREFRONT_URL || `${backendUrl}/demo/`,
  // unset: the SMTP provider's `from` below
  from: process.env.TP_EMAIL_FROM || undefined,
  replyTo: process.env.TP_EMAIL_REPLY_TO || undefined,
  postalAddress:
    process.env.TP_SHOP_POSTAL_ADDRESS || "Touchpoints Demo Store, 1 Example Street, 10115 Berlin, Germany",
}

/**
 * The reminder sequence: hours of inactivity per step (TP_CART_RECOVERY_DELAYS_HOURS, default "1,24,72"; the
 * demo can use "0.05,24,72" to see a first reminder after 3 minutes) and a single-use code for
 * TP_CART_RECOVERY_INCENTIVE_PERCENT % off in the last step (default 10; 0 for none).
 */
function cartReminderSteps() {
  const delays = (process.env.TP_CART_RECOVERY_DELAYS_HOURS || "1,24,72").split(",").map(Number)
  const incentive = Number(process.env.TP_CART_RECOVERY_INCENTIVE_PERCENT ?? 10)
  return delays.map((delayHours, index) => ({
    delayHours,
    ...(incentive > 0 && index > 0 && index === delays.length - 1 && { incentivePercent: incentive }),
  }))
}

/**
 * Core's rate limits of the public write routes keep their defaults (core README "Rate limits") unless
 * TP_RATE_LIMIT_<GROUP>="<points>/<seconds>" (or "0": off) names another, e.g. TP_RATE_LIMIT_EVENTS=600/60.
 * Groups: EVENTS, CONSENT, VISITOR_IDS, EMAIL_CONSENT, SURVEY_ANSWERS, SHARE_LINKS, GUEST_LISTS.
 */
function rateLimitsFromEnv() {
  const groups = ["events", "consent", "visitorIds", "emailConsent", "surveyAnswers", "shareLinks", "guestLists"]
  const limits: Record<string, { points: number; duration?: number }> = {}
  for (const group of groups) {
    const value = process.env[`TP_RATE_LIMIT_${group.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase()}`]
    if (!value) continue
    const [points, duration] = value.split("/").map(Number)
    limits[group] = duration ? { points, duration } : { points }
  }
  return limits
}

/** Email goes out through the suite's SMTP provider (`npm start` points it at its local mail catcher). */
const notificationModule = {
  key: Modules.NOTIFICATION,
  resolve: "@medusajs/medusa/notification",
  options: {
    providers: [
      {
        resolve: "@touchpoints/core/providers/smtp",
        id: "touchpoints-smtp",
        options: {
          channels: ["email"],
          host: process.env.TP_SMTP_HOST || "localhost",
          port: Number(process.env.TP_SMTP_PORT || 1025),
          secure: process.env.TP_SMTP_SECURE === "true",
          requireTls: process.env.TP_SMTP_REQUIRE_TLS === "true",
          user: process.env.TP_SMTP_USER || undefined,
          password: process.env.TP_SMTP_PASSWORD || undefined,
          from: process.env.TP_SMTP_FROM || "Touchpoints Demo Store <shop@touchpoints.local>",
          timeoutSeconds: Number(process.env.TP_SMTP_TIMEOUT_SECONDS || 20),
        },
      },
    ],
  },
}

/** Medusa's many-instance modules, only when a Redis is configured (see docs/operations.md "Many instances"). */
const redisModules = redisUrl
  ? [
      { key: Modules.EVENT_BUS, resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      {
        key: Modules.WORKFLOW_ENGINE,
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl } },
      },
      {
        key: Modules.CACHING,
        resolve: "@medusajs/medusa/caching",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/caching-redis",
              id: "caching-redis",
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
      {
        key: Modules.LOCKING,
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
    ]
  : []

/**
 * TP_BENCH_PLAIN=1: the same host store without any Touchpoints plugin, module or provider, on the same database:
 * the plain Medusa store `npm run bench:big` compares memory with (bench/big). Unset: the suite as always.
 */
const plainMedusa = process.env.TP_BENCH_PLAIN === "1"

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: {
      storeCors,
      adminCors,
      authCors,
      jwtSecret: process.env.JWT_SECRET || devOnly("supersecret"),
      cookieSecret: process.env.COOKIE_SECRET || devOnly("supersecret"),
    },
    // Over plain http (the local demo) a Secure session cookie is dropped: the admin would log out on every reload
    ...(backendUrl.startsWith("http://") && { cookieOptions: { secure: false, sameSite: "lax" } }),
  },
  admin: {
    disable: process.env.MEDUSA_ADMIN_DISABLED === "true",
    backendUrl,
  },
  featureFlags: redisUrl ? { caching: true } : {},
  modules: plainMedusa ? redisModules : [notificationModule, ...redisModules],
  plugins: plainMedusa ? [] : touchpointsPlugins(),
})

/** The seven Touchpoints plugins with the demo store's options. */
function touchpointsPlugins() {
  return [
    {
      resolve: "@touchpoints/core",
      options: {
        secret: signingSecret,
        previousSecrets: previousSigningSecrets,
        shop: demoShop,
        events: {
          sessionTimeoutMinutes: Number(process.env.TP_SESSION_TIMEOUT_MINUTES || 30),
          retentionDays: Number(process.env.TP_EVENT_RETENTION_DAYS || 90),
        },
        consent: {
          required: process.env.TP_CONSENT_REQUIRED !== "false",
        },
        ...(redisUrl && { cacheBus: { redisUrl } }),
        // counted in the cache bus's Redis when there is one (many instances share one count), else in memory
        rateLimits: rateLimitsFromEnv(),
        email: {
          templatesDir: process.env.TP_EMAIL_TEMPLATES_DIR || undefined,
          frequencyCap: {
            maxMessages: Number(process.env.TP_EMAIL_CAP_MESSAGES || 1),
            windowHours: Number(process.env.TP_EMAIL_CAP_HOURS || 24),
          },
          // The demo lets a guest's checkout box count at once for reminders and post-purchase surveys (single
          // opt-in, transactional-like); every other marketing flow asks for a confirmation first (double opt-in).
          consent: {
            singleOptInFlows: (process.env.TP_EMAIL_SINGLE_OPT_IN_FLOWS ?? "cart-recovery,feedback")
              .split(",")
              .map((flow) => flow.trim())
              .filter(Boolean),
          },
        },
      },
    },
    {
      resolve: "@touchpoints/wishlist",
      options: {
        share: {
          ttlDays: Number(process.env.TP_WISHLIST_SHARE_TTL_DAYS || 90),
        },
        cache: { factsTtlSeconds: Number(process.env.TP_WISHLIST_FACTS_CACHE_SECONDS ?? 20) },
        alerts: {
          itemUrl: process.env.TP_WISHLIST_ALERT_ITEM_URL || `${backendUrl}/demo/cart.html?add={variant_id}`,
          groupMinutes: Number(process.env.TP_WISHLIST_ALERT_GROUP_MINUTES ?? 60),
        },
      },
    },
    {
      resolve: "@touchpoints/also-bought",
      options: { minOrders: Number(process.env.TP_ALSO_BOUGHT_MIN_ORDERS || 3) },
    },
    {
      resolve: "@touchpoints/next-steps",
      options: {},
    },
    {
      resolve: "@touchpoints/cart-recovery",
      options: {
        recoveryUrl: process.env.TP_CART_RECOVERY_URL || `${backendUrl}/demo/cart.html?recover={token}`,
        requireConsent: process.env.TP_CART_RECOVERY_REQUIRE_CONSENT !== "false",
        steps: cartReminderSteps(),
      },
    },
    {
      resolve: "@touchpoints/feedback",
      options: {
        surveyUrl: process.env.TP_FEEDBACK_SURVEY_URL || `${backendUrl}/demo/feedback.html?token={token}`,
        delayDays: Number(process.env.TP_FEEDBACK_DELAY_DAYS ?? 7),
        startAfter: (process.env.TP_FEEDBACK_START_AFTER || "shipment") as "fulfillment" | "shipment" | "delivery",
        requireConsent: process.env.TP_FEEDBACK_REQUIRE_CONSENT !== "false",
        followUpDelayMinutes: Number(process.env.TP_FEEDBACK_FOLLOW_UP_DELAY_MINUTES ?? 15),
        alerts: { email: process.env.TP_FEEDBACK_ALERT_EMAIL || "owner@touchpoints.local" },
        promoters: {
          reviewUrl: `${backendUrl}/demo/product.html?handle={product_handle}#reviews`,
          referralUrl: process.env.TP_FEEDBACK_REFERRAL_URL || null,
        },
      },
    },
    {
      resolve: "@touchpoints/segment-offers",
      options: {
        cacheSeconds: Number(process.env.TP_OFFERS_CACHE_SECONDS ?? 10),
        offerUrl: process.env.TP_OFFER_URL || `${backendUrl}/demo/?tp_offer={offer_id}&tp_offer_token={token}`,
      },
    },
  ]
}
