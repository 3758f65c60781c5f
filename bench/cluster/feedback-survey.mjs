// An open feedback survey for the bench to read (GET /store/feedback/:token), written straight into the store's
// database as bench/feedback does (id tpfb_benchcluster), with two of the store's real products, and its link token.
import { signFeedbackToken } from "@touchpoints/feedback/lib/feedback-token"
import pg from "pg"

// letters and digits after tpfb_: the feedback token refuses any other survey id (plugins/feedback/src/lib/feedback-token.ts)
const SURVEY_ID = "tpfb_benchcluster"
// medusa-config.ts signs the feedback links with this secret (TP_SIGNING_SECRET or the demo's default)
const secret = process.env.TP_SIGNING_SECRET || "touchpoints-demo-signing-secret-not-for-real-shops"

/** Writes (or re-opens for 30 days) the bench survey and returns the token of its email link. */
export async function openBenchSurvey(databaseUrl) {
  const db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
  try {
    await db.query(
      `INSERT INTO tp_fb_survey (id, order_id, order_display_id, email, throttle_key, channel, state, started_at, closes_at)
       VALUES ($1, 'order_bench_cluster', 1, 'bench-cluster@example.test', 'bench-cluster@example.test', 'email', 'sent',
         now(), now() + interval '30 days')
       ON CONFLICT (id) DO UPDATE SET state = 'sent', started_at = now(), closes_at = now() + interval '30 days',
         nps_score = NULL, ces_score = NULL, comment = NULL, first_answered_at = NULL, answered_at = NULL`,
      [SURVEY_ID]
    )
    await db.query("DELETE FROM tp_fb_survey_product WHERE survey_id = $1", [SURVEY_ID])
    await db.query(
      `INSERT INTO tp_fb_survey_product (id, survey_id, product_id, title, handle, thumbnail, rank)
       SELECT $1 || '_' || rank, $1, id, title, handle, thumbnail, rank
       FROM (SELECT id, title, handle, thumbnail, (row_number() OVER (ORDER BY id))::int - 1 AS rank
             FROM product WHERE deleted_at IS NULL ORDER BY id LIMIT 2) products`,
      [SURVEY_ID]
    )
  } finally {
    await db.end()
  }
  return signFeedbackToken({ secret }, SURVEY_ID, 30)
}
