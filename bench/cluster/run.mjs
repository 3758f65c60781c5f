#!/usr/bin/env node
// Benchmark: a store read of every touchpoint (and the event ingest) next to Medusa's GET /store/products/:id at
// rising concurrency, on one process (`npm start`) and on the cluster (`npm run start:cluster`: 2 servers behind
// the proxy and a worker, on a private Redis), both on the same seeded database; then the ingest sustained through
// the cluster's proxy, its accepted events counted in PostgreSQL. Exits 1 when an accepted event is not stored or
// an event is stored twice; times are only printed (the machine is shared and noisy).
// Usage: npm run bench:cluster   (env: BENCH_LEVELS=1,8,32 BENCH_SECONDS=10 BENCH_INGEST_SECONDS=60
//   BENCH_INGEST_CONNECTIONS=16 BENCH_PORT=9700 BENCH_REDIS_PORT=6398 BENCH_DATABASE_URL=postgres://...)
import { mkdirSync, rmSync, writeFileSync } from "node:fs"
import { cpus, loadavg, tmpdir } from "node:os"
import { join } from "node:path"
import { startPrivateRedis } from "../../src/launcher/redis.mjs"
import { root } from "../lib/server.mjs"
import { startDeployment } from "./deployment.mjs"
import { prepareFixtures } from "./fixtures.mjs"
import { sustainedIngest } from "./ingest.mjs"
import { runMatrix } from "./matrix.mjs"
import { clusterVsOneProcess, deploymentTable, ingestSummary } from "./report.mjs"
import { storeRoutes } from "./routes.mjs"

const levels = (process.env.BENCH_LEVELS || "1,8,32").split(",").map(Number)
const seconds = Number(process.env.BENCH_SECONDS || 10)
const ingestSeconds = Number(process.env.BENCH_INGEST_SECONDS || 60)
const ingestConnections = Number(process.env.BENCH_INGEST_CONNECTIONS || 16)
const port = Number(process.env.BENCH_PORT || 9700) // the cluster takes the next 3 ports too
const redisPort = Number(process.env.BENCH_REDIS_PORT || 6398)
const databaseUrl = process.env.BENCH_DATABASE_URL || "postgres://postgres@localhost:5432/touchpoints_bench_cluster"
const storeEnv = {
  TP_MAIL_CATCHER_SMTP_PORT: process.env.TP_MAIL_CATCHER_SMTP_PORT || "1725",
  TP_MAIL_CATCHER_WEB_PORT: process.env.TP_MAIL_CATCHER_WEB_PORT || "1780",
  STORE_CORS: `http://localhost:${port}`,
  // the benchmark floods from one address on purpose: without this it would measure the rate limits' 429s
  TP_RATE_LIMIT_EVENTS: process.env.TP_RATE_LIMIT_EVENTS || "0",
  TP_RATE_LIMIT_CONSENT: process.env.TP_RATE_LIMIT_CONSENT || "0",
}
const runId = Date.now().toString(36) // in every event url of this run
const stamp = new Date().toISOString().replace(/[:.]/g, "-")
const resultsDir = join(root, "bench", "results")
const log = (message) => console.log(`[bench] ${message}`)
mkdirSync(resultsDir, { recursive: true })

let running // the deployment up now, so Ctrl-C stops it
let redis
const stopEverything = async () => {
  await running?.stop()
  running = undefined
  await redis?.stop()
  redis = undefined
}
process.on("SIGINT", () => stopEverything().finally(() => process.exit(130)))

/** Starts one deployment, loads it, optionally runs the sustained ingest through it, and stops it. */
async function benchDeployment({ label, cluster }) {
  running = await startDeployment({
    cluster,
    databaseUrl,
    port,
    redisUrl: redis?.url,
    env: storeEnv,
    logFile: join(resultsDir, `cluster-${stamp}-${label}.log`),
    log,
  })
  try {
    const { baseUrl, ready } = running
    const fixtures = await prepareFixtures({
      baseUrl,
      publishableKey: ready.publishableKey,
      databaseUrl,
      log,
    })
    const routes = storeRoutes({
      baseUrl,
      publishableKey: ready.publishableKey,
      eventsMarker: `/bench-cluster/${runId}/load-${label}`,
      fixtures,
    })
    const rows = await runMatrix({ routes, levels, seconds, log })
    if (!cluster) return { rows }
    log(`sustained ingest: ${ingestSeconds} s, ${ingestConnections} connections through the proxy`)
    const ingest = await sustainedIngest({
      baseUrl,
      publishableKey: ready.publishableKey,
      databaseUrl,
      visitors: fixtures.visitors,
      marker: `/bench-cluster/${runId}/ingest`,
      connections: ingestConnections,
      seconds: ingestSeconds,
    })
    return { rows, ingest }
  } finally {
    const code = await running.stop()
    running = undefined
    log(`${label} stopped (exit ${code})`)
  }
}

const machine = `${cpus().length} cores, load average ${loadavg()
  .map((value) => value.toFixed(2))
  .join(" ")} at the start, Node ${process.version}`
log(`run ${runId}: ${machine}; levels ${levels.join(", ")}, ${seconds} s per phase`)
let single
let cluster
try {
  single = await benchDeployment({ label: "one-process", cluster: false })
  const redisDir = join(tmpdir(), `touchpoints-bench-redis-${redisPort}`)
  redis = await startPrivateRedis({ port: redisPort, dir: redisDir })
  log(`private Redis on port ${redisPort}`)
  cluster = await benchDeployment({ label: "cluster", cluster: true })
  await redis.stop()
  redis = undefined
  rmSync(redisDir, { recursive: true, force: true })
} finally {
  await stopEverything()
}

console.log(`
${deploymentTable("one process (npm start)", single.rows)}

${deploymentTable("cluster (npm run start:cluster: 2 servers behind the proxy + a worker)", cluster.rows)}

${clusterVsOneProcess(single.rows, cluster.rows)}

${ingestSummary(cluster.ingest)}
`)
const resultFile = join(resultsDir, `cluster-${stamp}.json`)
writeFileSync(
  resultFile,
  JSON.stringify(
    { at: new Date().toISOString(), run_id: runId, machine, levels, seconds, single, cluster, database: databaseUrl },
    null,
    2
  )
)
log(`results in ${resultFile}`)
const { lost, stored_twice, missing_from_acknowledged_batches } = cluster.ingest
if (lost !== 0 || stored_twice !== 0 || missing_from_acknowledged_batches !== 0) {
  log(`FAIL: lost ${lost}, stored twice ${stored_twice}, missing ${missing_from_acknowledged_batches}`)
  process.exit(1)
}
