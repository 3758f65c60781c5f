// Warm paths: every cached store read of the suite, loaded on one product (its answers cached after the first),
// next to Medusa's product route and GET /store/regions (its cheapest read), at 8 and 32 connections. Targets:
// each read's p95 <= 0.3 of the product route's and <= 1.0 of the regions route's. The baselines run before and
// after the reads and are averaged, as the machine drifts during a run.

import { storeRoutes } from "../../cluster/routes.mjs"
import { measure } from "../../lib/latency.mjs"
import { ms, row } from "./timing.mjs"

const WARM_UP_SECONDS = 2

/** Medusa's two baseline routes for the fixtures' product. */
export function medusaRoutes({ baseUrl, publishableKey, fixtures }) {
  const headers = { "x-publishable-api-key": publishableKey }
  return {
    product: { url: `${baseUrl}/store/products/${fixtures.productId}?region_id=${fixtures.regionId}`, headers },
    regions: { url: `${baseUrl}/store/regions`, headers },
  }
}

/** The suite's store reads (bench/cluster/routes.mjs without its one write, the event ingest) and the bundle. */
function storeReads({ baseUrl, publishableKey, fixtures }) {
  const { touchpoints } = storeRoutes({ baseUrl, publishableKey, eventsMarker: "bench-big", fixtures })
  const reads = touchpoints.filter((route) => (route.method ?? "GET") === "GET")
  const bundle = `${baseUrl}/store/products/${fixtures.productId}/bundle?region_id=${fixtures.regionId}`
  return [...reads, { name: "GET .../bundle", url: bundle, headers: { "x-publishable-api-key": publishableKey } }]
}

/** @param {{ baseUrl: string, publishableKey: string, fixtures: object, levels: number[], seconds: number, log: (line: string) => void }} options */
export async function measureWarmPaths({ baseUrl, publishableKey, fixtures, levels, seconds, log }) {
  const medusa = medusaRoutes({ baseUrl, publishableKey, fixtures })
  const reads = storeReads({ baseUrl, publishableKey, fixtures })
  const phase = (route, connections, durationSeconds = seconds) => measure({ ...route, connections, durationSeconds })
  const rows = []
  const figures = {}
  for (const connections of levels) {
    log(`warm paths, ${connections} connections: warming up`)
    for (const route of [medusa.product, medusa.regions, ...reads]) await phase(route, connections, WARM_UP_SECONDS)
    log(`warm paths, ${connections} connections: ${reads.length} reads and 2 baselines, ${seconds} s each`)
    const before = {
      product: await phase(medusa.product, connections),
      regions: await phase(medusa.regions, connections),
    }
    const measured = []
    for (const route of reads) measured.push({ name: route.name, ...(await phase(route, connections)) })
    const after = {
      product: await phase(medusa.product, connections),
      regions: await phase(medusa.regions, connections),
    }
    const product = (before.product.p95 + after.product.p95) / 2
    const regions = (before.regions.p95 + after.regions.p95) / 2
    figures[connections] = {
      product: [before.product, after.product],
      regions: [before.regions, after.regions],
      reads: measured,
    }
    rows.push(
      row(`warm ${connections}c GET /store/products/:id (Medusa)`, "baseline", `p95 ${ms(product)}`, null, null),
      row(`warm ${connections}c GET /store/regions (Medusa)`, "baseline", `p95 ${ms(regions)}`, null, null)
    )
    for (const read of measured) {
      const toProduct = read.p95 / product
      const toRegions = read.p95 / regions
      const errors = read.non2xx + read.errors
      rows.push(
        row(
          `warm ${connections}c ${read.name}`,
          "<= 0.3 x product, <= 1.0 x regions",
          `p95 ${ms(read.p95)}${errors ? `, ${errors} failed` : ""}`,
          `${toProduct.toFixed(2)} / ${toRegions.toFixed(2)}`,
          toProduct <= 0.3 && toRegions <= 1 && errors === 0
        )
      )
    }
  }
  return { rows, figures }
}
