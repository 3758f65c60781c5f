// Small timing helpers shared by the big-shop measures: one timed GET, percentiles, a verdict row.

export const percentile = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0

/** p50/p95 of a list of milliseconds, rounded to 0.1 ms. */
export function summarise(samples) {
  const sorted = [...samples].sort((a, b) => a - b)
  const round = (value) => Math.round(value * 10) / 10
  return { count: sorted.length, p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)) }
}

/**
 * Times one GET to its last body byte; `okStatuses` are the answers that count as answers (a bundle route
 * answers 404 for a product without a bundle). Throws on anything else, so a broken route is not timed as fast.
 */
export async function timedGet(url, headers, okStatuses = [200]) {
  const started = performance.now()
  const response = await fetch(url, { headers })
  const text = await response.text()
  if (!okStatuses.includes(response.status)) throw new Error(`GET ${url}: ${response.status} ${text.slice(0, 300)}`)
  return performance.now() - started
}

/** One row of the table: `pass` null for a row that only informs. */
export const row = (measure, target, figure, ratio, pass) => ({ measure, target, figure, ratio, pass })

export const ms = (value) => `${value.toFixed(1)} ms`
