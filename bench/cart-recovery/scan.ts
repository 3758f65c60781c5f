// The abandoned-cart scan at scale, inside the store (`npx medusa exec ./bench/cart-recovery/scan.ts`, run by
// bench/cart-recovery/run.mjs): writes BENCH_CARTS open carts (a real cart with one line, cloned in SQL) of which
// BENCH_DUE_CARTS are due for their first reminder and opted in, runs the scan once, and prints one JSON line with
// the time, carts/s and the process's peak memory. Earlier bench carts and their records are removed first.
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { scanAbandonedCarts } from "@touchpoints/cart-recovery/lib/scan-abandoned-carts"

const TOTAL = Number(process.env.BENCH_CARTS || 100_000)
const DUE = Number(process.env.BENCH_DUE_CARTS || TOTAL / 10)

type Knex = {
  raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>
}

/** Every column of a table but the ones we set ourselves, quoted. */
async function otherColumns(db: Knex, table: string, own: string[]): Promise<string[]> {
  const { rows } = await db.raw(
    "SELECT column_name FROM information_schema.columns WHERE table_name = ? AND table_schema = 'public' ORDER BY ordinal_position",
    [table]
  )
  return rows
    .map((row) => String(row.column_name))
    .filter((name) => !own.includes(name))
    .map((name) => `"${name}"`)
}

async function removeEarlierRuns(db: Knex) {
  await db.raw("DELETE FROM cart_line_item WHERE cart_id LIKE 'cart_bench_%'")
  await db.raw("DELETE FROM cart WHERE id LIKE 'cart_bench_%'")
  await db.raw("DELETE FROM tp_cr_cart WHERE cart_id LIKE 'cart_bench_%'")
  await db.raw("DELETE FROM tp_cr_reminder WHERE cart_id LIKE 'cart_bench_%'")
  await db.raw("DELETE FROM tp_email_send WHERE subject_id LIKE 'cart_bench_%'")
  await db.raw("DELETE FROM tp_email_consent WHERE address LIKE 'bench-%@example.test'")
  await db.raw("DELETE FROM notification WHERE resource_id LIKE 'cart_bench_%'")
}

/** One real cart with one in-stock, published line: the template every bench cart is cloned from. */
async function templateCart(container: ExecArgs["container"], db: Knex): Promise<string> {
  const { rows } = await db.raw(
    `SELECT v.id AS variant_id, p.id AS product_id, p.title, r.id AS region_id, r.currency_code, sc.id AS channel_id
     FROM product_variant v JOIN product p ON p.id = v.product_id AND p.status = 'published' AND p.deleted_at IS NULL
     JOIN product_sales_channel psc ON psc.product_id = p.id AND psc.deleted_at IS NULL
     JOIN sales_channel sc ON sc.id = psc.sales_channel_id
     CROSS JOIN LATERAL (SELECT id, currency_code FROM region WHERE currency_code = 'eur' LIMIT 1) r
     WHERE v.deleted_at IS NULL AND (v.manage_inventory = false OR v.allow_backorder = true)
     LIMIT 1`
  )
  const chosen = rows[0]
  if (!chosen) throw new Error("no published, always-available variant: seed the store first")
  const [cart] = await container.resolve(Modules.CART).createCarts([
    {
      region_id: String(chosen.region_id),
      currency_code: String(chosen.currency_code),
      sales_channel_id: String(chosen.channel_id),
      email: "bench-template@example.test",
      items: [
        {
          title: String(chosen.title),
          product_title: String(chosen.title),
          product_id: String(chosen.product_id),
          variant_id: String(chosen.variant_id),
          quantity: 2,
          unit_price: 25,
        },
      ],
    },
  ])
  return cart.id
}

/** Clones the template: carts [from, to) with id cart_bench_<n>, an email when `email`, last active `age` ago. */
async function cloneCarts(db: Knex, template: string, range: [number, number], age: string, email: boolean) {
  const cartColumns = await otherColumns(db, "cart", ["id", "email", "created_at", "updated_at"])
  const lineColumns = await otherColumns(db, "cart_line_item", ["id", "cart_id", "created_at", "updated_at"])
  const emailValue = email ? "'bench-' || n || '@example.test'" : "NULL"
  await db.raw(
    `INSERT INTO cart (id, email, created_at, updated_at, ${cartColumns.join(", ")})
     SELECT 'cart_bench_' || lpad(n::text, 7, '0'), ${emailValue}, now() - interval '${age}', now() - interval '${age}',
       ${cartColumns.map((column) => `c.${column}`).join(", ")}
     FROM cart c, generate_series(?::int, ?::int - 1) n WHERE c.id = ?`,
    [range[0], range[1], template]
  )
  await db.raw(
    `INSERT INTO cart_line_item (id, cart_id, created_at, updated_at, ${lineColumns.join(", ")})
     SELECT 'cali_bench_' || lpad(n::text, 7, '0'), 'cart_bench_' || lpad(n::text, 7, '0'),
       now() - interval '${age}', now() - interval '${age}', ${lineColumns.map((column) => `l.${column}`).join(", ")}
     FROM cart_line_item l, generate_series(?::int, ?::int - 1) n WHERE l.cart_id = ?`,
    [range[0], range[1], template]
  )
}

export default async function benchCartRecoveryScan({ container }: ExecArgs) {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Knex
  await removeEarlierRuns(db)
  const template = await templateCart(container, db)
  const notDue = TOTAL - DUE
  // due: opted in, idle 2 h; not due: idle 10 min (a third), no email (a third), idle 30 days (a third)
  await cloneCarts(db, template, [0, DUE], "2 hours", true)
  const third = Math.floor(notDue / 3)
  await cloneCarts(db, template, [DUE, DUE + third], "10 minutes", true)
  await cloneCarts(db, template, [DUE + third, DUE + 2 * third], "2 hours", false)
  await cloneCarts(db, template, [DUE + 2 * third, TOTAL], "30 days", true)
  await db.raw(
    `INSERT INTO tp_email_consent (id, address, flow, granted, source, recorded_at)
     SELECT 'tpec_bench_' || n, 'bench-' || n || '@example.test', '*', true, 'bench', now()
     FROM generate_series(0, ?::int - 1) n`,
    [DUE]
  )
  await db.raw("DELETE FROM cart_line_item WHERE cart_id = ?", [template])
  await db.raw("DELETE FROM cart WHERE id = ?", [template])
  await db.raw("ANALYZE cart; ANALYZE cart_line_item")

  // --expose-gc (run.mjs sets it): the heap the scan keeps, apart from garbage not yet collected
  const collect = (globalThis as { gc?: () => void }).gc ?? (() => {})
  collect()
  const heapAtStart = process.memoryUsage().heapUsed
  const rssAtStart = process.memoryUsage().rss
  let peakRss = rssAtStart
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss)
  }, 100)
  const started = performance.now()
  const summary = await scanAbandonedCarts(container)
  const ms = performance.now() - started
  clearInterval(sampler)
  collect()
  const heapKept = process.memoryUsage().heapUsed - heapAtStart
  const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)
  console.log(
    `BENCH_CART_RECOVERY ${JSON.stringify({
      carts: TOTAL,
      due: DUE,
      found_due: summary.due,
      outcomes: summary.outcomes,
      pages: summary.scanned_pages,
      seconds: ms / 1000,
      carts_per_second: Math.round(TOTAL / (ms / 1000)),
      reminders_per_second: Math.round((summary.outcomes.sent ?? 0) / (ms / 1000)),
      rss_at_start_mb: mb(rssAtStart),
      peak_rss_mb: mb(peakRss),
      retained_heap_mb: mb(Math.max(0, heapKept)),
    })}`
  )
}
