#!/usr/bin/env node
// `npm run touchpoints -- <command> ...`: runs a suite command (src/scripts/touchpoints.ts) against the
// store's database: DATABASE_URL when set, else the embedded PostgreSQL (started here unless `npm start`
// already runs it). Builds stale packages and migrates first, like `npm start`.
import { join, resolve } from "node:path"
import { staleBuilds } from "./build-state.mjs"
import { ensureDatabase } from "./database.mjs"
import { run } from "./processes.mjs"
import { demoSigningSecret, signingSecretFile } from "./signing-secret.mjs"
import { log, root } from "./store.mjs"

const argv = process.argv.slice(2)
// Paths are relative to where the command was typed; the script runs from the project root.
const args = argv.map((arg, index) => (index === 1 && !arg.startsWith("-") ? resolve(arg) : arg))

const dataDir = process.env.TP_DATA_DIR ? resolve(process.env.TP_DATA_DIR) : join(root, ".data", "postgres")
const db = await ensureDatabase({
  root,
  dataDir,
  shareRunning: true,
  log,
})
const env = {
  ...process.env,
  DATABASE_URL: db.url,
  // the store's own secret: links a command signs (e.g. a reminder) must open on the store `npm start` runs
  TP_SIGNING_SECRET: demoSigningSecret(signingSecretFile(dataDir)).secret,
  MEDUSA_DISABLE_TELEMETRY: "true",
  TP_COMMAND_ARGS: JSON.stringify(args),
}
let code = 0
try {
  if (staleBuilds(root).length) {
    log("building...")
    await run("npm", ["run", "build", "--silent"], { env, cwd: root, quiet: true })
  }
  await run("npx", ["medusa", "db:migrate"], { env, cwd: root, quiet: true })
  await run("npx", ["medusa", "exec", "./src/scripts/touchpoints.ts"], {
    env: { ...env, LOG_LEVEL: "warn" },
    cwd: root,
  })
} catch (error) {
  console.error(`[touchpoints] ${error.message.split("\n")[0]}`)
  code = 1
} finally {
  await db.stop()
}
process.exit(code)
