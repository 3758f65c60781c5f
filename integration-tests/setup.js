// Medusa's test runners load models into one MikroORM metadata store per process: start clean.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()
process.env.MEDUSA_DISABLE_TELEMETRY = "true"
// The host's medusa-config has no fallback signing secret: the specs sign with this one, public and therefore
// refused under NODE_ENV=production (plugins/core/src/lib/shop-options.ts lists it). A run may set its own.
process.env.TP_SIGNING_SECRET ||= "touchpoints-test-signing-secret-not-for-real-shops"
