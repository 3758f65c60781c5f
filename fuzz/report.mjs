// The per-route table and the final line.

export function newCounts() {
  return { requests: 0, ok: 0, client: 0, server: 0, leaks: 0, other: 0 }
}

export function count(counts, status, leaked) {
  counts.requests += 1
  if (status >= 500) {
    counts.server += 1
  } else if (status >= 400) {
    counts.client += 1
  } else if (status >= 200 && status < 400) {
    counts.ok += 1
  } else {
    counts.other += 1
  }
  if (leaked) {
    counts.leaks += 1
  }
}

/** Prints the table (one row per method + route) and returns the totals. */
export function printReport(rows, { seed, seconds }) {
  const totals = newCounts()
  const width = Math.max(...rows.map((row) => row.name.length), 5)
  const line = (name, c) =>
    `${name.padEnd(width)} ${[c.requests, c.ok, c.client, c.server, c.leaks, c.other].map((n) => String(n).padStart(8)).join("")}`
  console.log(
    `\n${"route".padEnd(width)} ${["requests", "2xx/3xx", "4xx", ">=500", "leaks", "no-resp"].map((h) => h.padStart(8)).join("")}`
  )
  for (const row of rows) {
    console.log(line(row.name, row.counts))
    for (const key of Object.keys(totals)) {
      totals[key] += row.counts[key]
    }
  }
  console.log(line("total", totals))
  console.log(
    `\nfuzz: ${totals.requests} requests on ${rows.length} routes in ${seconds.toFixed(1)} s (seed ${seed}): ` +
      `${totals.ok} 2xx, ${totals.client} 4xx, ${totals.server} >=500, ${totals.leaks} leaks, ${totals.other} without response`
  )
  return totals
}
