#!/usr/bin/env node
// `npm test`: every check the project has, in order, ending with "N passed, N failed, N skipped".
// Static checks, build, unit, module and HTTP integration tests (Medusa's runners), then the real
// start path on a fresh database with end-to-end (supertest) and browser (Chromium) tests against it, then
// the same end-to-end tests and the cluster tests against `npm run start:cluster` (Redis mode), and last a shop
// owner's install: the packed tarballs into a plain Medusa store by the install and deploy guides' own blocks.
// PostgreSQL: DB_HOST/DATABASE_URL when set, else an embedded PostgreSQL started here.
import { randomBytes } from "node:crypto"
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import plainStore from "../../integration-tests/install/plain-store.cjs"
import { ensureDatabase } from "./database.mjs"
import postgresAdmin from "./postgres-admin.cjs"
import { run, startGroup } from "./processes.mjs"
import { privateRedisArgs, startPrivateRedis } from "./redis.mjs"

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..")
const only = process.argv.slice(2) // e.g. `npm test -- http e2e`
const totals = { passed: 0, failed: 0, skipped: 0 }
const failures = []
const scratch = mkdtempSync(join(tmpdir(), "touchpoints-test-"))
// As root, embedded PostgreSQL runs as a system user "postgres" that must reach its data folder.
chmodSync(scratch, 0o755)
// Every phase signs with one secret of this run (medusa-config has no fallback): the demo store started here, the
// specs and the browser tests that sign links must agree. Random, not the public test constant the specs fall
// back to alone, because the demo store runs `medusa start` in production mode, which refuses public secrets.
const baseEnv = {
  ...process.env,
  MEDUSA_DISABLE_TELEMETRY: "true",
  LOG_LEVEL: process.env.LOG_LEVEL || "error",
  TP_SIGNING_SECRET: process.env.TP_SIGNING_SECRET || randomBytes(48).toString("base64"),
}
const wanted = (phase) => !only.length || only.includes(phase)
const suiteStarted = Date.now()
// Every phase line carries the minutes since `npm test` began: the CI log then shows where the time goes.
const log = (message) => console.log(`\n[test +${((Date.now() - suiteStarted) / 60_000).toFixed(1)} min] ${message}`)

/** A check that is one command: passes when it exits 0. */
async function command(name, cmd, args, env = baseEnv) {
  log(name)
  try {
    await run(cmd, args, { env, cwd: root })
    totals.passed += 1
  } catch (error) {
    totals.failed += 1
    failures.push(`${name}: ${error.message.split("\n")[0]}`)
  }
}

/**
 * A jest suite: counts its tests. A suite that cannot even start counts as one failure. `buffered` (for suites
 * that run side by side) prints its output in one piece when it is done.
 */
async function jest(name, args, env, { buffered = false } = {}) {
  log(name)
  const output = join(scratch, `${name.replace(/\W+/g, "-")}.json`)
  let printed = ""
  try {
    printed = await run("npx", ["jest", "--runInBand", "--forceExit", "--json", `--outputFile=${output}`, ...args], {
      env,
      cwd: root,
      quiet: buffered,
    })
  } catch (error) {
    printed = error.output ?? ""
    // counted below from the report
  }
  if (buffered) log(`${name} done:\n${printed}`)
  try {
    const report = JSON.parse(readFileSync(output, "utf8"))
    totals.passed += report.numPassedTests
    totals.failed += report.numFailedTests + report.numRuntimeErrorTestSuites
    totals.skipped += report.numPendingTests + report.numTodoTests
    for (const suite of report.testResults) {
      for (const test of suite.assertionResults.filter((t) => t.status === "failed")) {
        failures.push(`${name}: ${test.fullName}`)
      }
      if (suite.status === "failed" && !suite.assertionResults.length) {
        failures.push(`${name}: ${suite.name} did not run: ${suite.message.split("\n").slice(0, 3).join(" ")}`)
      }
    }
  } catch {
    totals.failed += 1
    failures.push(`${name}: jest produced no report`)
  }
}

// The HTTP specs that do not catch mail of their own send it nowhere (not to the demo store starting meanwhile).
const UNUSED_SMTP_PORT = 25_999

// The tests run a second time against the cluster: one per plugin at least, and those that cross the worker.
const CLUSTER_E2E_SPECS = [
  "integration-tests/e2e/cart-recovery.browser.spec.ts",
  "integration-tests/e2e/feedback.browser.spec.ts",
]
// (next steps' cache is covered by the cluster tests; the offer widget's demo test still flakes under load)
const CLUSTER_WIDGET_TESTS = ["consent", "wishlist.browser", "also-bought", "bundle", "feedback-survey"].map(
  (name) => `storefront-widgets/test/${name}`
)

const NEXT_EXAMPLE_JEST = "storefront-widgets/examples/nextjs/jest.config.cjs"

let database
let store
let storeStarting
let e2eDatabaseName
let redis
let plainStoreDir
let plainStorePreparing
let installDone = false
try {
  // The build comes first: tests (and their types) use the plugins' built output, as the host does.
  await command("build", "npm", ["run", "build", "--silent"])
  if (wanted("install")) {
    // A plain Medusa store for the last phase: its npm install mostly waits on the network, so it runs meanwhile.
    plainStoreDir = join(scratch, "plain-store")
    plainStorePreparing = plainStore
      .medusaPatches()
      .then(({ lowest }) => plainStore.preparePlainStore(plainStoreDir, lowest))
    plainStorePreparing.catch(() => {}) // awaited (and its failure counted) by the install phase
  }
  if (wanted("static")) {
    await command("typecheck", "npm", ["run", "typecheck", "--silent"])
    await command("lint", "npm", ["run", "lint", "--silent"])
    await command("house rules", "node", ["src/checks/house-rules.cjs"])
    await command("documentation links", "node", ["src/checks/links.mjs"])
    await command("widget size budget", "npm", ["run", "size", "--silent", "--workspace", "storefront-widgets"])
    await command("widget reference", "npm", [
      "run",
      "reference:check",
      "--silent",
      "--workspace",
      "storefront-widgets",
    ])
  }
  const jestEnv = (type, extra = {}) => ({
    ...baseEnv,
    ...extra,
    TEST_TYPE: type,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --experimental-vm-modules`.trim(),
  })
  /** A shop owner's path: the tarballs into a plain store by docs/install.md and docs/deploy.md's own blocks. */
  const installIntoPlainStore = async (dbEnv, options) => {
    log("install into a plain store: waiting for its npm install")
    try {
      await plainStorePreparing
    } catch (error) {
      // counted, not thrown: the lane runs beside the HTTP shards, whose results must still count
      totals.failed += 1
      failures.push(`install into a plain store: preparing the plain store failed: ${error.message}`)
      return
    }
    await jest(
      "install into a plain store",
      [],
      jestEnv("install", { ...dbEnv, TP_PLAIN_STORE_DIR: plainStoreDir }),
      options
    )
  }
  if (wanted("unit")) {
    await jest("unit", [], jestEnv("unit"))
  }

  database = await testDatabase()
  const dbEnv = {
    DB_HOST: database.host,
    DB_PORT: String(database.port),
    DB_USERNAME: database.user,
    DB_PASSWORD: database.password,
  }
  if (wanted("modules")) {
    await jest("module integration", [], jestEnv("integration:modules", dbEnv))
  }
  if (wanted("http")) {
    // Every spec file starts on a copy of one database Medusa's runner migrated once (see helpers/runner.ts).
    const template = `tp_http_migrated_${Date.now()}`
    const httpEnv = { ...dbEnv, TP_HTTP_TEMPLATE_DB: template, TP_SMTP_PORT: String(UNUSED_SMTP_PORT) }
    await jest("http template database", [], jestEnv("integration:template", httpEnv))
    // Meanwhile the end-to-end phase's store builds, migrates and seeds (minutes; a database of its own).
    if (wanted("e2e")) {
      storeStarting = startDemoStore(database, undefined, { quietUntilReady: true })
      storeStarting.catch(() => {}) // awaited (and its failure counted) by the end-to-end phase
    }
    // Shards, two side by side: one jest process for every HTTP spec grew past 4 GB of heap (each spec boots a
    // whole Medusa app), and a spec spends much of its time waiting for PostgreSQL.
    const shards = httpSpecShards(Number(process.env.HTTP_SHARDS || 4))
    const queue = [...shards.entries()]
    const runShards = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [index, files] = next
        await jest(`http integration ${index + 1}/${shards.length}`, files, jestEnv("integration:http", httpEnv), {
          buffered: true,
        })
      }
    }
    // The install phase runs as a third lane: its plain store's npm installs and migrations mostly wait on the
    // network and PostgreSQL, as the shards do, and it needs nothing the later phases make.
    const lanes = Array.from({ length: Number(process.env.HTTP_PARALLEL || 2) }, runShards)
    if (wanted("install")) lanes.push(installIntoPlainStore(dbEnv, { buffered: true }))
    await Promise.all(lanes)
    installDone = wanted("install")
    await postgresAdmin.dropDatabase(template, { server: database }) // the HTTP specs' template
  }
  if (wanted("e2e")) {
    store = await (storeStarting ?? startDemoStore(database))
    const e2eEnv = {
      TP_BACKEND_URL: store.ready.storeUrl.replace(/\/store$/, ""),
      TP_PUBLISHABLE_KEY: store.ready.publishableKey,
      TP_DEMO_URL: store.ready.demoUrl,
      TP_STORE_DATABASE_URL: store.databaseUrl,
      TP_MAIL_URL: store.ready.mailUrl ?? "",
    }
    await jest("end-to-end", [], jestEnv("e2e", e2eEnv))
    await jest("widget browser tests", ["-c", "storefront-widgets/jest.config.cjs"], jestEnv("widgets", e2eEnv))
    // The example Next.js store (its own install, `next build`, `next start`) with the widgets against this store.
    await jest("Next.js example storefront", ["-c", NEXT_EXAMPLE_JEST], jestEnv("widgets", e2eEnv))
    await stopDemoStore(store)
    const firstKey = store.ready.publishableKey
    store = await startDemoStore(database, store.databaseName)
    await checkRestartReusedData(store, firstKey)
    e2eDatabaseName = store.databaseName
    await stopDemoStore(store)
    store = undefined
    // The big-shop bench's generator at a small scale, on copies of the seeded store (nothing is connected to it now)
    await jest(
      "big-shop generator (small scale)",
      [],
      jestEnv("bench", { ...dbEnv, TP_BIG_TEMPLATE_DB: e2eDatabaseName })
    )
  }
  if (wanted("cluster")) {
    // The same store as `npm run start:cluster` runs it: two servers behind the proxy and a worker on Redis,
    // on the end-to-end phase's data when there is some (the seed takes minutes).
    redis = await startPrivateRedis({
      port: Number(process.env.TP_TEST_REDIS_PORT || 6396),
      dir: join(scratch, "redis"),
    })
    store = await startDemoStore(database, e2eDatabaseName, { cluster: true, redisUrl: redis.url })
    const clusterEnv = {
      TP_BACKEND_URL: store.ready.storeUrl.replace(/\/store$/, ""),
      TP_PUBLISHABLE_KEY: store.ready.publishableKey,
      TP_DEMO_URL: store.ready.demoUrl,
      TP_STORE_DATABASE_URL: store.databaseUrl,
      TP_MAIL_URL: store.ready.mailUrl ?? "",
      TP_CLUSTER_INSTANCES: JSON.stringify(store.ready.instances),
      TP_CLUSTER_REDIS: JSON.stringify({ port: redis.port, args: privateRedisArgs(redis) }),
    }
    await jest("cluster", [], jestEnv("cluster", clusterEnv))
    // a representative set: every plugin's widget against the cluster, and the email flows through the worker
    await jest("end-to-end on the cluster", CLUSTER_E2E_SPECS, jestEnv("e2e", clusterEnv))
    await jest(
      "widget browser tests on the cluster",
      ["-c", "storefront-widgets/jest.config.cjs", ...CLUSTER_WIDGET_TESTS],
      jestEnv("widgets", clusterEnv)
    )
    // Last, as it writes: hostile requests to every route through the proxy (seeded: the same inputs every run).
    await command("fuzz (every plugin route, seeded, bounded)", "node", ["fuzz/run.mjs"], {
      ...baseEnv,
      ...clusterEnv,
      FUZZ_SEED: process.env.FUZZ_SEED || "20261126",
      FUZZ_REQUESTS: process.env.FUZZ_REQUESTS || "2000",
      FUZZ_SECONDS: process.env.FUZZ_SECONDS || "90",
    })
    await stopDemoStore(store)
    store = undefined
  }
  if (wanted("install") && !installDone) {
    await installIntoPlainStore(dbEnv)
  }
} catch (error) {
  totals.failed += 1
  // a rejection may carry no Error (embedded PostgreSQL rejects with its exit code, or nothing)
  failures.push(`harness: ${error?.message ?? String(error)}`)
} finally {
  store ??= await storeStarting?.catch(() => undefined)
  await store?.stop()
  await redis?.stop()
  await database?.stop()
  rmSync(scratch, { recursive: true, force: true })
}

if (failures.length) {
  console.log(`\nFailed:\n${failures.map((line) => `  - ${line}`).join("\n")}`)
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
process.exit(totals.failed ? 1 : 0)

/** The HTTP spec files split into `count` groups of similar size (by folder order, round-robin). */
function httpSpecShards(count) {
  const specs = readdirSync(join(root, "integration-tests/http"), { recursive: true })
    .filter((file) => file.endsWith(".spec.ts"))
    .sort()
    .map((file) => join("integration-tests/http", file))
  const shards = Array.from({ length: Math.max(1, count) }, () => [])
  for (const [index, file] of specs.entries()) {
    shards[index % shards.length].push(file)
  }
  return shards.filter((files) => files.length)
}

/** The PostgreSQL the runners use: DB_HOST / DATABASE_URL when given, else an embedded one. */
async function testDatabase() {
  if (process.env.DB_HOST) {
    return {
      host: process.env.DB_HOST,
      port: Number(process.env.DB_PORT || 5432),
      user: process.env.DB_USERNAME || "postgres",
      password: process.env.DB_PASSWORD || "",
      stop: async () => {},
    }
  }
  const server = await ensureDatabase({
    root,
    dataDir: join(scratch, "postgres"),
    port: Number(process.env.TP_TEST_PG_PORT || 54339),
    database: "postgres",
    persistent: false,
    log: (line) => log(line),
  })
  return server
}

/**
 * Runs the real `npm start` path (`npm run start:cluster` with `cluster`) on a fresh database unless `name` is
 * given, and waits for its ready line.
 */
async function startDemoStore(db, name = `tp_e2e_${Date.now()}`, { cluster = false, redisUrl, quietUntilReady } = {}) {
  const auth = db.password ? `${db.user}:${db.password}` : db.user
  const databaseUrl = `postgres://${auth}@${db.host === "localhost" ? "localhost" : db.host}:${db.port}/${name}`
  const port = Number(process.env.TP_E2E_PORT || 9200)
  const widgetPort = process.env.TP_WIDGET_TEST_PORT || "8719"
  log(`starting the demo store (${cluster ? "npm run start:cluster" : "npm start"}) on database ${name}`)
  const started = Date.now()
  let output = ""
  const server = startGroup("node", [cluster ? "src/launcher/cluster.mjs" : "src/launcher/start.mjs"], {
    cwd: root,
    env: {
      ...baseEnv,
      ...(redisUrl && { REDIS_URL: redisUrl }),
      // the cluster spec floods the events route from one address through a database outage on purpose (every
      // answer must be 202 or a retryable 5xx); every other phase keeps the default budgets
      ...(cluster && { TP_RATE_LIMIT_EVENTS: process.env.TP_RATE_LIMIT_EVENTS || "0" }),
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      STORE_CORS: `http://localhost:${port},http://localhost:${widgetPort}`,
    },
    onOutput: (text) => {
      output += text
      if (!quietUntilReady) process.stdout.write(text)
    },
  })
  const waiting = new Promise((resolvePromise, reject) => {
    const timer = setInterval(() => {
      const line = output.split("\n").find((l) => l.startsWith("TOUCHPOINTS_READY "))
      if (line) {
        clearInterval(timer)
        resolvePromise(JSON.parse(line.slice("TOUCHPOINTS_READY ".length)))
      } else if (server.child.exitCode !== null) {
        clearInterval(timer)
        reject(new Error(`npm start exited ${server.child.exitCode} before it was ready`))
      } else if (Date.now() - started > 600_000) {
        clearInterval(timer)
        reject(new Error("npm start was not ready within 10 minutes"))
      }
    }, 250)
  })
  let ready
  try {
    ready = await waiting
  } finally {
    if (quietUntilReady) process.stdout.write(output) // what was held back, ready or not
  }
  log(`demo store ready after ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return { ready, databaseUrl, databaseName: name, server, output: () => output, stop: () => server.stop("SIGINT") }
}

/** A second `npm start` on the same data must reuse it: no seed, the same publishable key. */
async function checkRestartReusedData(store, firstKey) {
  log("checking that a second npm start reused the data")
  const reused = store.output().includes("seed already present, reusing it") && store.ready.publishableKey === firstKey
  totals[reused ? "passed" : "failed"] += 1
  if (!reused) {
    failures.push("a second npm start did not reuse the seeded data")
  }
}

/** Ctrl-C must stop the store cleanly: exit code 0 and the "stopped" line. */
async function stopDemoStore(store) {
  log("stopping the demo store with SIGINT (Ctrl-C)")
  await store.server.stop("SIGINT")
  const clean = store.server.child.exitCode === 0
  totals[clean ? "passed" : "failed"] += 1
  if (!clean) {
    failures.push(`npm start did not stop cleanly on Ctrl-C (exit ${store.server.child.exitCode})`)
  }
}
