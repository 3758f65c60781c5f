// Memory: the store process tree's RSS after the same load of Medusa's own routes, with all plugins and as a
// plain Medusa store (TP_BENCH_PLAIN=1, same host and database); target: within 200 MB.
import { measure } from "../../lib/latency.mjs"
import { row } from "./timing.mjs"
import { medusaRoutes } from "./warm-paths.mjs"

const LIMIT_MB = 200

/** Loads Medusa's product route and regions route, then reads the server's RSS (MB). */
export async function rssAfterMedusaLoad({ server, fixtures, connections, seconds }) {
  const routes = medusaRoutes({ baseUrl: server.url, publishableKey: server.publishableKey, fixtures })
  for (const route of [routes.product, routes.regions])
    await measure({ ...route, connections, durationSeconds: seconds })
  return server.rssMb()
}

export function memoryRow(withPlugins, plain) {
  const extra = withPlugins - plain
  return row(
    "memory: RSS with all plugins vs plain Medusa",
    `<= +${LIMIT_MB} MB`,
    `${withPlugins} MB vs ${plain} MB (${extra >= 0 ? "+" : ""}${extra} MB)`,
    null,
    extra <= LIMIT_MB
  )
}
