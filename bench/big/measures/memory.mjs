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

const versus = (a, b) => `${a} MB vs ${b} MB (${a - b >= 0 ? "+" : ""}${a - b} MB)`

/**
 * The target row (after the loads) and, to read it by, both stores just started: the store with the plugins
 * took the touchpoints' warm load too, and V8 keeps a heap it grew under load, so the loaded figures are noisier.
 */
export function memoryRows({ idle, loaded }) {
  return [
    row("memory at start: all plugins vs plain Medusa", "info", versus(idle.withPlugins, idle.plain), null, null),
    row(
      "memory after the load: all plugins vs plain Medusa",
      `<= +${LIMIT_MB} MB`,
      versus(loaded.withPlugins, loaded.plain),
      null,
      loaded.withPlugins - loaded.plain <= LIMIT_MB
    ),
  ]
}
