import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Client } from "pg"

type RunnerOptions = Parameters<typeof medusaIntegrationTestRunner>[0]

/** The migrated database `npm test` makes once before the HTTP specs (see integration-tests/template). */
export const MIGRATED_TEMPLATE = process.env.TP_HTTP_TEMPLATE_DB

let specDatabases = 0

async function copyDatabase(template: string, name: string) {
  const client = new Client({
    host: process.env.DB_HOST ?? "localhost",
    port: Number(process.env.DB_PORT ?? 5432),
    user: process.env.DB_USERNAME ?? "postgres",
    password: process.env.DB_PASSWORD ?? "",
    database: "postgres",
  })
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}"`)
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`)
  } finally {
    await client.end()
  }
}

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
        await copyDatabase(template, dbName)
        await options.hooks?.beforeServerStart?.(container)
      },
    },
  })
}
