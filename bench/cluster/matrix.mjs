// Loads every route at each concurrency level, with Medusa's product route measured before and after the
// touchpoints at that level (the machine drifts; the baseline is the mean of both), and the p95 ratio to it.
import { measure } from "../lib/latency.mjs"

const WARM_UP_SECONDS = 2
const round = (value) => Math.round(value * 10) / 10

/**
 * @param {{ routes: ReturnType<typeof import("./routes.mjs").storeRoutes>, levels: number[], seconds: number, log: (line: string) => void }} options
 * @returns {Promise<Array<{ route: string, connections: number, rps: number, p50: number, p95: number, p99: number, non2xx: number, errors: number, p95_vs_product: number }>>}
 */
export async function runMatrix({ routes, levels, seconds, log }) {
  const phase = (route, connections, durationSeconds = seconds) => measure({ ...route, connections, durationSeconds })
  log(`warming up every route (${WARM_UP_SECONDS} s each)`)
  for (const route of [routes.baseline, ...routes.touchpoints]) await phase(route, 4, WARM_UP_SECONDS)

  const rows = []
  for (const connections of levels) {
    log(`${connections} connection(s), ${seconds} s per route`)
    const before = await phase(routes.baseline, connections)
    const measured = []
    for (const route of routes.touchpoints) measured.push({ route: route.name, ...(await phase(route, connections)) })
    const after = await phase(routes.baseline, connections)
    const baseline = {
      route: routes.baseline.name,
      requests: before.requests + after.requests,
      rps: round((before.rps + after.rps) / 2),
      p50: round((before.p50 + after.p50) / 2),
      p95: round((before.p95 + after.p95) / 2),
      p99: round((before.p99 + after.p99) / 2),
      non2xx: before.non2xx + after.non2xx,
      errors: before.errors + after.errors,
      runs: [before, after],
    }
    for (const row of [baseline, ...measured]) {
      rows.push({ ...row, connections, p95_vs_product: Math.round((row.p95 / baseline.p95) * 100) / 100 })
    }
  }
  return rows
}
