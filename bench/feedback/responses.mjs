// Writes bench surveys straight into the store's database (ids tpfb_bench_*), replacing an earlier run's: `count`
// answered over the last 365 days with deterministic scores, products and comments, and count / 5 never answered.

const COMMENTS = [
  "Delivery took longer than promised.",
  "Great quality, will buy again.",
  "The size guide was confusing.",
  "Friendly support, quick delivery.",
  "Packaging was damaged on arrival.",
]

export async function writeResponses(db, count) {
  await db.query("DELETE FROM tp_fb_survey_product WHERE survey_id LIKE 'tpfb_bench_%'")
  await db.query("DELETE FROM tp_fb_survey WHERE id LIKE 'tpfb_bench_%'")
  const unanswered = Math.round(count / 5)
  // scores: a skewed but fixed mix (about 45% promoters, 30% passives, 25% detractors)
  await db.query(
    `INSERT INTO tp_fb_survey (id, order_id, order_display_id, customer_id, email, throttle_key, channel, state,
       started_at, closes_at, nps_score, ces_score, comment, first_answered_at, answered_at, followed_up_at)
     SELECT 'tpfb_bench_' || n, 'order_bench_' || n, n, NULL, 'bench-' || n || '@example.test',
       'bench-' || n || '@example.test', 'email', 'sent', at, at + interval '30 days',
       CASE WHEN n <= $1::int THEN (ARRAY[10,9,9,10,8,7,8,6,3,9,10,5,7,9,0,8,9,10,4,7])[1 + n % 20] END,
       CASE WHEN n <= $1::int AND n % 5 <> 0 THEN 1 + (n * 7) % 5 END,
       CASE WHEN n <= $1::int AND n % 5 = 0 THEN ($3::text[])[1 + (n / 5) % 5] END,
       CASE WHEN n <= $1::int THEN at + interval '2 hours' END,
       CASE WHEN n <= $1::int THEN at + interval '2 hours' END,
       CASE WHEN n <= $1::int THEN at + interval '3 hours' END
     FROM generate_series(1, $1::int + $2::int) n,
       LATERAL (SELECT now() - make_interval(secs => (n * 7919) % (365 * 86400)) AS at) t`,
    [count, unanswered, COMMENTS]
  )
  // one to three of the store's real products per survey (so group_by=product and =category join real data)
  await db.query(
    `WITH products AS (
       SELECT array_agg(id ORDER BY id) AS ids, array_agg(title ORDER BY id) AS titles,
         array_agg(handle ORDER BY id) AS handles FROM product WHERE deleted_at IS NULL
     )
     INSERT INTO tp_fb_survey_product (id, survey_id, product_id, title, handle, rank)
     SELECT 'tpfbp_bench_' || n || '_' || k, 'tpfb_bench_' || n,
       p.ids[1 + (n * 31 + k * 97) % array_length(p.ids, 1)], p.titles[1 + (n * 31 + k * 97) % array_length(p.ids, 1)],
       p.handles[1 + (n * 31 + k * 97) % array_length(p.ids, 1)], k
     FROM generate_series(1, $1::int + $2::int) n, products p, generate_series(0, n % 3) k`,
    [count, unanswered]
  )
  await db.query("ANALYZE tp_fb_survey; ANALYZE tp_fb_survey_product")
  return { answered: count, offered: count + unanswered }
}
