import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const redisUrl = process.env.REDIS_URL
const storeCors = process.env.STORE_CORS || "http://localhost:9000,http://localhost:8000"
const adminCors = process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173"
const authCors = process.env.AUTH_CORS || `${storeCors},${adminCors}`
const backendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
/**
 * Core's `secret` signs every link and token of the suite. The demo falls back to a public value; a real shop sets
 * TP_SIGNING_SECRET. TP_DEMO_SECRET_FALLBACK=false turns the fallback off (an empty or unset TP_SIGNING_SECRET then
 * means "no secret", and the store refuses to start, as one without the demo's config would).
 */
const demoSecretFallback = process.env.TP_DEMO_SECRET_FALLBACK !== "false"
const signingSecret =
  process.env.TP_SIGNING_SECRET ||
  (demoSecretFallback ? "touchpoints-demo-signing-secret-not-for-real-shops" : undefined)
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

/** Medusa's many-instance modules, only when a Redis is configured (see README "Many instances"). */
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

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: {
      storeCors,
      adminCors,
      authCors,
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
    // Over plain http (the local demo) a Secure session cookie is dropped: the admin would log out on every reload
    ...(backendUrl.startsWith("http://") && { cookieOptions: { secure: false, sameSite: "lax" } }),
  },
  admin: {
    disable: process.env.MEDUSA_ADMIN_DISABLED === "true",
    backendUrl,
  },
  featureFlags: redisUrl ? { caching: true } : {},
  modules: [notificationModule, ...redisModules],
  plugins: [
    {
      resolve: "@touchpoints/core",
      options: {
        secret: signingSecret,
        shop: demoShop,
        events: {
          sessionTimeoutMinutes: Number(process.env.TP_SESSION_TIMEOUT_MINUTES || 30),
          retentionDays: Number(process.env.TP_EVENT_RETENTION_DAYS || 90),
        },
        consent: {
          required: process.env.TP_CONSENT_REQUIRED !== "false",
        },
        ...(redisUrl && { cacheBus: { redisUrl } }),
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
  ],
})
