import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const redisUrl = process.env.REDIS_URL
const storeCors = process.env.STORE_CORS || "http://localhost:9000,http://localhost:8000"
const adminCors = process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173"
const authCors = process.env.AUTH_CORS || `${storeCors},${adminCors}`

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
  },
  admin: {
    disable: process.env.MEDUSA_ADMIN_DISABLED === "true",
    backendUrl: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
  },
  featureFlags: redisUrl ? { caching: true } : {},
  modules: redisModules,
  plugins: [
    {
      resolve: "@touchpoints/core",
      options: {
        events: {
          sessionTimeoutMinutes: Number(process.env.TP_SESSION_TIMEOUT_MINUTES || 30),
          retentionDays: Number(process.env.TP_EVENT_RETENTION_DAYS || 90),
        },
        consent: {
          required: process.env.TP_CONSENT_REQUIRED !== "false",
        },
      },
    },
    {
      resolve: "@touchpoints/wishlist",
      options: {
        share: {
          // signs share links and guest tokens: set a real secret outside the demo
          secret: process.env.TP_SIGNING_SECRET || "touchpoints-demo-signing-secret",
          ttlDays: Number(process.env.TP_WISHLIST_SHARE_TTL_DAYS || 90),
        },
        cache: { factsTtlSeconds: Number(process.env.TP_WISHLIST_FACTS_CACHE_SECONDS ?? 20) },
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
  ],
})
