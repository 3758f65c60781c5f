// Starts the host store as a production-mode server (compiled plugins, admin off) on its own database,
// for benchmarks: database (embedded unless DATABASE_URL), build when stale, migrate, seed once.
import { randomBytes } from "node:crypto"
import { readFileSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"
import { staleBuilds } from "../../src/launcher/build-state.mjs"
import { createDatabaseIfMissing, ensureDatabase } from "../../src/launcher/database.mjs"
import { run, startGroup, waitForHttp } from "../../src/launcher/processes.mjs"
import { demoSigningSecret, signingSecretFile } from "../../src/launcher/signing-secret.mjs"

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..")

const RATE_LIMITED_GROUPS = [
  "TP_RATE_LIMIT_EVENTS",
  "TP_RATE_LIMIT_CONSENT",
  "TP_RATE_LIMIT_VISITOR_IDS",
  "TP_RATE_LIMIT_EMAIL_CONSENT",
  "TP_RATE_LIMIT_SURVEY_ANSWERS",
  "TP_RATE_LIMIT_SHARE_LINKS",
  "TP_RATE_LIMIT_GUEST_LISTS",
]

/**
 * `database`: that database on DATABASE_URL's server (default postgres://postgres@localhost:5432) instead of the
 * default one. `beforeStart(databaseUrl)` runs after migrating and seeding (a bench's own data). `prepared`: the
 * database is ready and the plugins built, just start (a second store on the same data). `env`: extra variables
 * for the store (TP_BENCH_PLAIN=1, say).
 */
export async function startBenchServer({
  port = 9400,
  log = console.log,
  database,
  beforeStart,
  prepared = false,
  env: extraEnv = {},
} = {}) {
  const db = database
    ? await namedDatabase(database)
    : process.env.DATABASE_URL
      ? await ensureDatabase({ root, log })
      : await ensureDatabase({ root, database: "touchpoints_bench", log })
  // production mode refuses public secrets: the demo data folder's signing secret, fresh session secrets
  const signingSecret = demoSigningSecret(signingSecretFile(join(root, ".data", "postgres"))).secret
  const env = {
    ...process.env,
    TP_SIGNING_SECRET: signingSecret,
    JWT_SECRET: process.env.JWT_SECRET || randomBytes(32).toString("hex"),
    COOKIE_SECRET: process.env.COOKIE_SECRET || randomBytes(32).toString("hex"),
    DATABASE_URL: db.url,
    MEDUSA_DISABLE_TELEMETRY: "true",
    MEDUSA_ADMIN_DISABLED: "true",
    NODE_ENV: "production",
    LOG_LEVEL: "error",
    // a benchmark floods from one address on purpose: the routes' rate limits would measure 429s (set one of
    // these in the shell to bench with a limit on)
    ...Object.fromEntries(RATE_LIMITED_GROUPS.map((name) => [name, process.env[name] || "0"])),
    ...extraEnv,
  }
  if (!prepared) {
    if (staleBuilds(root).length) {
      log("building the plugins...")
      await run("npm", ["run", "build", "--silent"], { env, cwd: root, quiet: true })
    }
    log("migrating and seeding (once)...")
    await run("npx", ["medusa", "db:migrate"], { env, cwd: root, quiet: true })
    await run("npx", ["medusa", "exec", "./src/scripts/seed.ts"], { env, cwd: root, quiet: true })
    await beforeStart?.(db.url)
  }
  log("starting medusa (production mode, one process)...")
  const server = startGroup("npx", ["medusa", "start", "-p", String(port)], { env, cwd: root })
  await waitForHttp(`http://localhost:${port}/health`, { isAlive: () => server.child.exitCode === null })
  const client = new pg.Client({ connectionString: db.url })
  await client.connect()
  const { rows } = await client.query(
    "SELECT token FROM api_key WHERE type = 'publishable' AND revoked_at IS NULL AND deleted_at IS NULL ORDER BY created_at LIMIT 1"
  )
  await client.end()
  return {
    url: `http://localhost:${port}`,
    databaseUrl: db.url,
    /** Core's `secret`: what signs visitor ids (a bench may sign the ids of profiles it wrote itself). */
    signingSecret,
    publishableKey: rows[0].token,
    /** The store's environment, for `medusa` commands on the same data (exec scripts, the user CLI). */
    env,
    rssMb: () => processTreeRssMb(server.child.pid),
    stop: async () => {
      await server.stop()
      await db.stop()
    },
  }
}

/** A database on DATABASE_URL's server (or a local PostgreSQL on 5432), created when missing; left running. */
async function namedDatabase(database) {
  const url = new URL(process.env.DATABASE_URL || "postgres://postgres@localhost:5432/postgres")
  url.pathname = `/${database}`
  await createDatabaseIfMissing(url.toString(), database)
  return { url: url.toString(), stop: async () => {} }
}

/** Resident memory of a process and its descendants (the node process behind npx, say), in MB. */
export function processTreeRssMb(pid) {
  const own = rssKb(pid)
  if (!own) return null // gone (or not readable)
  const descendants = childrenOf(pid).flatMap((child) => [child, ...childrenOf(child)])
  return Math.round(descendants.reduce((sum, each) => sum + rssKb(each), own) / 1024)
}
const childrenOf = (pid) => {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean)
  } catch {
    return []
  }
}
const rssKb = (pid) => {
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8")
      .split("\n")
      .find((l) => l.startsWith("VmRSS:"))
    return Number(line?.split(/\s+/)[1] ?? 0)
  } catch {
    return 0
  }
}
