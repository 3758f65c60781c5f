// Sustained event ingest: batches of page views for `seconds`, each event with a url unique to this run, then
// what the answers accepted is counted against what PostgreSQL holds (lost, missing, duplicated).
import pg from "pg"
import { measure } from "../lib/latency.mjs"
import { EVENTS_PER_BATCH, pageViewBatch } from "./routes.mjs"

/**
 * @param {{ baseUrl: string, publishableKey: string, databaseUrl: string, visitors: string[], marker: string, connections: number, seconds: number }} options
 */
export async function sustainedIngest({
  baseUrl,
  publishableKey,
  databaseUrl,
  visitors,
  marker,
  connections,
  seconds,
}) {
  const acknowledged = new Set()
  const totals = { accepted: 0, stored_in_answers: 0, answered_202: 0, other_answers: {} }
  const load = await measure({
    url: `${baseUrl}/store/touchpoints/events`,
    method: "POST",
    headers: (i) => ({
      "x-publishable-api-key": publishableKey,
      "content-type": "application/json",
      "x-touchpoints-visitor": visitors[i % visitors.length],
    }),
    body: (i) => pageViewBatch(`${marker}/${i}`),
    connections,
    durationSeconds: seconds,
    onAnswer: (i, status, text) => {
      if (status !== 202) {
        totals.other_answers[status] = (totals.other_answers[status] ?? 0) + 1
        return
      }
      const answer = JSON.parse(text)
      totals.answered_202 += 1
      totals.accepted += answer.accepted
      totals.stored_in_answers += answer.stored
      acknowledged.add(String(i))
    },
  })
  const perBatch = await storedPerBatch(databaseUrl, marker)
  let missing = 0 // events of batches answered 202 that are not in the database
  let unacknowledged = 0 // events in the database whose batch got no 202 (an answer lost on the way back)
  for (const batch of acknowledged) missing += Math.max(0, EVENTS_PER_BATCH - (perBatch.batches.get(batch) ?? 0))
  for (const [batch, count] of perBatch.batches) if (!acknowledged.has(batch)) unacknowledged += count
  return {
    seconds,
    connections,
    batches_sent: load.requests,
    batch_rps: load.rps,
    p50: load.p50,
    p95: load.p95,
    p99: load.p99,
    errors: load.errors,
    ...totals,
    events_per_second: Math.round(totals.accepted / seconds),
    stored_in_db: perBatch.stored,
    stored_twice: perBatch.duplicates,
    lost: totals.accepted - perBatch.stored,
    missing_from_acknowledged_batches: missing,
    stored_without_acknowledgement: unacknowledged,
  }
}

/** The run's events in tp_visitor_event, per batch (urls are `<marker>/<batch>/<k>`), and any stored twice. */
async function storedPerBatch(databaseUrl, marker) {
  const db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
  try {
    const depth = marker.split("/").length + 1 // split_part's index of the batch number
    const { rows } = await db.query(
      `SELECT split_part(url, '/', $2) AS batch, count(*)::int AS events, count(DISTINCT url)::int AS distinct_urls
       FROM tp_visitor_event WHERE url LIKE $1 GROUP BY 1`,
      [`${marker}/%`, depth]
    )
    return {
      batches: new Map(rows.map((row) => [row.batch, row.events])),
      stored: rows.reduce((sum, row) => sum + row.events, 0),
      duplicates: rows.reduce((sum, row) => sum + row.events - row.distinct_urls, 0),
    }
  } finally {
    await db.end()
  }
}
