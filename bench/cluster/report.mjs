// Plain-text tables of the bench's results (numbers only; the machine is shared, so nothing is judged here).

const pad = (value, width) => String(value).padStart(width)

/** One deployment's rows: per level, each route with its rates, percentiles, failures and p95 ratio to Medusa's. */
export function deploymentTable(title, rows) {
  const header = `${"route".padEnd(38)}${pad("conns", 6)}${pad("req/s", 8)}${pad("p50", 8)}${pad("p95", 8)}${pad("p99", 8)}${pad("non-2xx", 9)}${pad("errors", 8)}${pad("p95/product", 13)}`
  const lines = rows.map(
    (row) =>
      `${row.route.padEnd(38)}${pad(row.connections, 6)}${pad(row.rps.toFixed(1), 8)}${pad(row.p50, 8)}${pad(row.p95, 8)}${pad(row.p99, 8)}${pad(row.non2xx, 9)}${pad(row.errors, 8)}${pad(row.p95_vs_product.toFixed(2), 13)}`
  )
  return [`${title} (latencies in ms)`, header, ...lines].join("\n")
}

/** Per route and level: requests/s on the cluster divided by requests/s on one process, and both p95s. */
export function clusterVsOneProcess(single, cluster) {
  const header = `${"route".padEnd(38)}${pad("conns", 6)}${pad("1 proc r/s", 12)}${pad("cluster r/s", 13)}${pad("ratio", 7)}${pad("1 proc p95", 12)}${pad("cluster p95", 13)}`
  const lines = cluster.flatMap((row) => {
    const other = single.find((s) => s.route === row.route && s.connections === row.connections)
    if (!other) return []
    return [
      `${row.route.padEnd(38)}${pad(row.connections, 6)}${pad(other.rps.toFixed(1), 12)}${pad(row.rps.toFixed(1), 13)}${pad(throughputRatio(other, row).toFixed(2), 7)}${pad(other.p95, 12)}${pad(row.p95, 13)}`,
    ]
  })
  return ["throughput, cluster / one process", header, ...lines].join("\n")
}

export const throughputRatio = (single, cluster) => (single.rps ? cluster.rps / single.rps : 0)

/** The ingest's totals, with the one figure that must be 0. */
export function ingestSummary(ingest) {
  return [
    `sustained ingest through the cluster proxy: ${ingest.seconds} s, ${ingest.connections} connections, batches of 10 page views`,
    `  batches sent ${ingest.batches_sent} (${ingest.batch_rps} req/s, p50 ${ingest.p50} ms, p95 ${ingest.p95} ms, p99 ${ingest.p99} ms)`,
    `  answered 202 ${ingest.answered_202}, other answers ${JSON.stringify(ingest.other_answers)}, errors ${ingest.errors}`,
    `  events accepted ${ingest.accepted} (stored per the answers ${ingest.stored_in_answers}), ${ingest.events_per_second} events/s`,
    `  events in PostgreSQL ${ingest.stored_in_db}, stored twice ${ingest.stored_twice}`,
    `  lost = accepted - stored_in_db = ${ingest.lost}   (missing from batches answered 202: ${ingest.missing_from_acknowledged_batches}; stored from batches without an answer: ${ingest.stored_without_acknowledgement})`,
  ].join("\n")
}
