// The bench's audience: 100,000 visitor profiles written straight into core's tables (one INSERT each) and 100
// segments with an offer each created through the admin API, as an owner would. Both are kept between runs.

export const PROFILES = 100_000
export const SEGMENTS = 100
export const visitorId = (index) => `bench-visitor-${String(index).padStart(8, "0")}`

const SOURCES = ["newsletter", "ads", "social", "partner", "direct"]

/** Writes the profiles (visits, orders, spend, campaigns, categories spread over the population) once. */
export async function writeProfiles(db) {
  const { rows } = await db.query(
    "SELECT count(*)::int AS n FROM tp_visitor_identity WHERE anonymous_id LIKE 'bench-visitor-%'"
  )
  if (rows[0].n >= PROFILES) return false
  await db.query("DELETE FROM tp_visitor_identity WHERE anonymous_id LIKE 'bench-visitor-%'")
  await db.query("DELETE FROM tp_visitor_profile WHERE id LIKE 'tpvp_bench_%'")
  const sources = `ARRAY[${SOURCES.map((source) => `'${source}'`).join(", ")}]`
  await db.query(
    `INSERT INTO tp_visitor_profile (id, visits, visits_since_last_order, event_count, page_views, order_count,
       last_order_at, total_spent, first_utm, last_utm, category_views, first_seen_at, last_seen_at, created_at, updated_at)
     SELECT 'tpvp_bench_' || lpad(i::text, 8, '0'), 1 + i % 9, i % 6, 5 + i % 40, 3 + i % 30, i % 4,
            CASE WHEN i % 4 = 0 THEN NULL ELSE now() - ((i % 300) || ' days')::interval END,
            jsonb_build_object('eur', (i * 7) % 1200),
            jsonb_build_object('source', (${sources})[1 + i % 5], 'medium', 'email', 'at', now()),
            jsonb_build_object('source', (${sources})[1 + (i / 5) % 5], 'at', now()),
            jsonb_build_object('pcat_bench_' || (i % 20), 1 + i % 3),
            now() - ((i % 500) || ' days')::interval, now(), now(), now()
       FROM generate_series(1, ${PROFILES}) AS i`
  )
  await db.query(
    `INSERT INTO tp_visitor_identity (id, anonymous_id, profile_id, created_at, updated_at)
     SELECT 'tpvi_bench_' || lpad(i::text, 8, '0'), 'bench-visitor-' || lpad(i::text, 8, '0'),
            'tpvp_bench_' || lpad(i::text, 8, '0'), now(), now()
       FROM generate_series(1, ${PROFILES}) AS i`
  )
  return true
}

/** The i-th segment's rule: the kinds of rule a shop writes, with thresholds spread so members overlap. */
export function benchRule(index) {
  const kind = index % 5
  if (kind === 0) return { field: "visits_without_order", op: "gte", value: 2 + (index % 4) }
  if (kind === 1) {
    return {
      all: [
        { field: "days_since_last_order", op: "gte", value: 30 + index },
        { field: "order_count", op: "gte", value: 1 },
      ],
    }
  }
  if (kind === 2) return { field: "total_spent", op: "gte", value: 200 + index * 10, currency: "eur" }
  if (kind === 3) {
    return {
      any: [
        { field: "first_utm_source", op: "eq", value: SOURCES[index % 5] },
        { field: "last_utm_campaign", op: "contains", value: "spring" },
      ],
    }
  }
  return {
    all: [
      {
        field: "viewed_categories",
        op: "includes_any",
        value: [`pcat_bench_${index % 20}`, `pcat_bench_${(index + 7) % 20}`],
      },
      { not: { field: "visits", op: "lt", value: 2 } },
    ],
  }
}

/** Creates the segments and their offers through the admin API (skipped when a previous run made them). */
export async function writeSegments(baseUrl, headers) {
  const existing = await (await fetch(`${baseUrl}/admin/segments?limit=1`, { headers })).json()
  if (existing.count >= SEGMENTS) return false
  for (let index = existing.count; index < SEGMENTS; index++) {
    const post = async (path, body) => {
      const response = await fetch(`${baseUrl}${path}`, {
        method: "POST",
        headers: { ...headers, "content-type": "application/json" },
        body: JSON.stringify(body),
      })
      if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`)
      return response.json()
    }
    const { segment } = await post("/admin/segments", { name: `Bench segment ${index}`, rule: benchRule(index) })
    await post("/admin/offers", {
      name: `Bench offer ${index}`,
      segment_ids: [segment.id],
      priority: index % 7,
      promotion: {
        code: `BENCH${String(index).padStart(3, "0")}${Date.now() % 100000}`,
        type: "percentage",
        value: 5 + (index % 20),
      },
      content: { headline: `Bench offer ${index}`, text: "A benchmark offer" },
    })
  }
  return true
}
