// The big shop's shoppers: customers (about 60 % with an account), visitor profiles (the first third are
// customers' own) with identities, and their events over the last 90 days, mostly product views of popular
// products. A profile's aggregates are set to plausible values directly (the events are history, not replayed).
import { cloneRows } from "./sql-kit.mjs"

const FIRST_NAMES = "ARRAY['Ada','Ben','Chloe','David','Emma','Felix','Greta','Hugo','Ines','Jonas','Klara','Luca']"
const LAST_NAMES = "ARRAY['Berg','Costa','Dubois','Eriksen','Fischer','Garcia','Horvat','Ivanova','Jansen','Keller']"

/** Writes customers, profiles, identities and events; answers the counts. */
export async function writeShoppers(client, sizes) {
  const customers = await cloneRows(client, {
    table: "customer",
    template: "SELECT * FROM customer WHERE deleted_at IS NULL ORDER BY id LIMIT 1",
    source: `generate_series(1, ${sizes.customers}) g`,
    set: {
      id: "pg_temp.tp_big_id('cus', g)",
      company_name: "NULL",
      first_name: `(${FIRST_NAMES})[1 + g % 12]`,
      last_name: `(${LAST_NAMES})[1 + (g / 12) % 10]`,
      email: "'big-shopper-' || g || '@example.test'",
      phone: "NULL",
      has_account: "pg_temp.tp_rnd(g, 51) < 0.6",
      metadata: "NULL",
      created_at: `now() - interval '1 day' * ${sizes.months * 30 + 30} * (1 - g::float / ${sizes.customers})`,
      updated_at: "now() - interval '1 day'",
      deleted_at: "NULL",
      created_by: "NULL",
    },
  })
  const profiles = await writeProfiles(client, sizes)
  const events = await writeEvents(client, sizes)
  return { customers, profiles, events }
}

async function writeProfiles(client, { profiles: V, customers: C }) {
  const known = Math.min(C, Math.floor(V / 3))
  const orders = `CASE WHEN g <= ${known} THEN floor(4 * pg_temp.tp_rnd(g, 61))::int ELSE 0 END`
  const visits = "1 + floor(14 * pg_temp.tp_rnd(g, 62) ^ 2)::int"
  const lastSeen = "now() - interval '1 day' * 90 * pg_temp.tp_rnd(g, 63)"
  const viewed = (salt) => `pg_temp.tp_big_id('prod', pg_temp.tp_pick(g, ${salt}))`
  const { rowCount } = await client.query(
    `INSERT INTO tp_visitor_profile (id, customer_id, visits, visits_since_last_order, event_count, page_views,
       searches, add_to_carts, checkouts_started, first_seen_at, last_seen_at, first_utm, last_utm, product_views,
       category_views, recent_product_ids, order_count, last_order_at, total_spent, analytics_consent,
       consent_source, consent_updated_at, created_at, updated_at)
     SELECT pg_temp.tp_big_id('vprof', g),
       CASE WHEN g <= ${known} THEN pg_temp.tp_big_id('cus', g) END,
       ${visits}, CASE WHEN ${orders} > 0 THEN floor(${visits} / 2) ELSE ${visits} END,
       17, 4, floor(3 * pg_temp.tp_rnd(g, 64))::int, floor(2 * pg_temp.tp_rnd(g, 65))::int, 0,
       ${lastSeen} - interval '1 day' * 200 * pg_temp.tp_rnd(g, 66), ${lastSeen},
       CASE WHEN pg_temp.tp_rnd(g, 67) < 0.4
            THEN jsonb_build_object('medium', (ARRAY['email','cpc','social','affiliate'])[1 + g % 4], 'source', 'big') END,
       NULL,
       jsonb_build_object(${viewed(68)}, 2, ${viewed(69)}, 1),
       '{}'::jsonb,
       jsonb_build_array(${viewed(68)}, ${viewed(69)}),
       ${orders},
       CASE WHEN ${orders} > 0 THEN now() - interval '1 day' * 365 * pg_temp.tp_rnd(g, 70) END,
       CASE WHEN ${orders} > 0 THEN jsonb_build_object('eur', round((80 * ${orders} * (0.5 + pg_temp.tp_rnd(g, 71)))::numeric, 2))
            ELSE '{}'::jsonb END,
       true, 'banner', ${lastSeen}, ${lastSeen}, ${lastSeen}
     FROM generate_series(1, ${V}) g`
  )
  await client.query(
    `INSERT INTO tp_visitor_identity (id, anonymous_id, profile_id, signed_at, created_at, updated_at)
     SELECT pg_temp.tp_big_id('vid', g), 'big-visitor-' || lpad(g::text, 8, '0'), pg_temp.tp_big_id('vprof', g),
            now(), now(), now()
     FROM generate_series(1, ${V}) g`
  )
  return rowCount
}

/** Events spread over the profiles: 70 % product views, 20 % page views, 8 % adds to cart, 2 % searches. */
async function writeEvents(client, { events: E, profiles: V }) {
  const kind = "pg_temp.tp_rnd(g, 81)"
  const type = `CASE WHEN ${kind} < 0.7 THEN 'product_view' WHEN ${kind} < 0.9 THEN 'page_view'
                     WHEN ${kind} < 0.98 THEN 'add_to_cart' ELSE 'search' END`
  const profile = `((g - 1) % ${V}) + 1`
  const product = "pg_temp.tp_big_id('prod', pg_temp.tp_pick(g, 82))"
  const { rowCount } = await client.query(
    `INSERT INTO tp_visitor_event (id, profile_id, anonymous_id, type, occurred_at, product_id, quantity, query, url,
       created_at, updated_at)
     SELECT pg_temp.tp_big_id('vevt', g), pg_temp.tp_big_id('vprof', ${profile}),
       'big-visitor-' || lpad((${profile})::text, 8, '0'), e.type, e.at,
       CASE WHEN e.type IN ('product_view', 'add_to_cart') THEN ${product} END,
       CASE WHEN e.type = 'add_to_cart' THEN 1 END,
       CASE WHEN e.type = 'search' THEN 'mug' END,
       '/products', e.at, e.at
     FROM generate_series(1, ${E}) g
     CROSS JOIN LATERAL (SELECT ${type} AS type, now() - interval '1 day' * 90 * pg_temp.tp_rnd(g, 83) AS at) e`
  )
  return rowCount
}
