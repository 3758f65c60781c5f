// Medusa's test runners load models into one MikroORM metadata store per process: start clean.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()
process.env.MEDUSA_DISABLE_TELEMETRY = "true"
