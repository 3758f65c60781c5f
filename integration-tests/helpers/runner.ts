import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createDatabase } from "../../src/launcher/postgres-admin.cjs"

type RunnerOptions = Parameters<typeof medusaIntegrationTestRunner>[0]

/** The migrated database `npm test` makes once before the HTTP specs (see integration-tests/template). */
export const MIGRATED_TEMPLATE = process.env.TP_HTTP_TEMPLATE_DB

let specDatabases = 0

/**
 * Medusa's HTTP test runner, started on a copy of an already migrated database when `npm test` made one: the
 * runner's migrations then find nothing to do. Migrating a fresh database was most of each spec file's start-up.
 * Run alone (no template), it is Medusa's runner unchanged.
 */
export function httpTestRunner(options: RunnerOptions) {
  const template = MIGRATED_TEMPLATE
  if (!template) return medusaIntegrationTestRunner(options)
  specDatabases += 1
  const dbName = `${template}_spec_${process.pid}_${specDatabases}`
  return medusaIntegrationTestRunner({
    ...options,
    dbName,
    hooks: {
      ...options.hooks,
      // runs before the runner creates (here: finds) the database and migrates it
      beforeServerStart: async (container) => {
        await createDatabase(dbName, { template })
        await options.hooks?.beforeServerStart?.(container)
      },
    },
  })
}
