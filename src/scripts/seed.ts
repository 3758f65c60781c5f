import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { rebuildAlsoBoughtStatisticsWorkflow } from "@touchpoints/also-bought/workflows"
import { backfillCustomerOrdersWorkflow } from "@touchpoints/core/workflows"
import { reconcileCatalogMemoryWorkflow } from "@touchpoints/next-steps/workflows"
import type { SeedContext } from "./seed/context"
import { readSeedState, writeSeedMarker } from "./seed/marker"
import { planCarts } from "./seed/plan-carts"
import { planCatalog } from "./seed/plan-catalog"
import { planCustomers } from "./seed/plan-customers"
import { planOrders } from "./seed/plan-orders"
import { createRng, SEED } from "./seed/prng"
import { createTimer } from "./seed/timer"
import { writeAdmin } from "./seed/write-admin"
import { writeCarts } from "./seed/write-carts"
import { writeCatalog } from "./seed/write-catalog"
import { writeCustomers } from "./seed/write-customers"
import { writeEmailConsents } from "./seed/write-email-consents"
import { writeFulfillments } from "./seed/write-fulfillments"
import { writeOrders } from "./seed/write-orders"
import { writePayments } from "./seed/write-payments"
import { writeReturns } from "./seed/write-returns"
import { writeSegmentOffers } from "./seed/write-segment-offers"
import { writeStore } from "./seed/write-store"

/**
 * The Touchpoints demo store: `npx medusa exec ./src/scripts/seed.ts` (see README.md next to this file).
 * Everything is planned first from a fixed-seed PRNG (pure, deterministic), then written; only timestamps
 * depend on the clock (back-dated from the moment the seed runs). Runs once per database.
 */
export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const ctx: SeedContext = { container, now: new Date() }
  const timer = createTimer()

  const rng = createRng(SEED)
  const catalog = planCatalog(rng.fork("catalog"))
  const customers = planCustomers(rng.fork("customers"))
  const orders = planOrders(rng.fork("orders"), catalog, customers)
  const carts = planCarts(rng.fork("carts"), catalog, customers)
  timer.mark("plan")

  const state = await readSeedState(ctx, catalog.products[0].handle)
  if (state.state === "seeded") {
    logger.info(`Touchpoints demo data already seeded at ${state.seededAt}: nothing to do.`)
    console.log(
      `TOUCHPOINTS_SEED ${JSON.stringify({ skipped: true, seeded_at: state.seededAt, publishable_key: state.publishableKey })}`
    )
    return
  }
  if (state.state === "partial") {
    throw new Error(
      "A previous seed stopped half-way (the demo products exist but the store is not marked as seeded). Seed into a fresh database: with the embedded PostgreSQL, delete the .data folder and run npm start again."
    )
  }

  const store = await writeStore(ctx)
  timer.mark("store")
  const admin = await writeAdmin(ctx)
  timer.mark("admin")
  const { refs, brands, categories } = await writeCatalog(ctx, store, catalog)
  timer.mark("catalog")

  const ordersPerCustomer = new Map<number, number>()
  for (const o of orders) {
    ordersPerCustomer.set(o.customer, (ordersPerCustomer.get(o.customer) ?? 0) + 1)
  }
  const vip = [...ordersPerCustomer.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, Math.round(customers.length / 10))
    .map(([i]) => i)
  const { refs: customerRefs, accounts } = await writeCustomers(ctx, customers, vip)
  timer.mark("customers")

  const written = await writeOrders(ctx, store, catalog, refs, customers, customerRefs, orders)
  timer.mark("orders")
  const paymentByOrder = await writePayments(ctx, written)
  timer.mark("payments")
  const { fulfilled, delivered } = await writeFulfillments(ctx, store, customers, written)
  timer.mark("fulfillments")
  const { returned } = await writeReturns(ctx, store, written, paymentByOrder)
  timer.mark("returns")
  const cartStats = await writeCarts(ctx, store, catalog, refs, customers, customerRefs, carts)
  timer.mark("carts")
  const consents = await writeEmailConsents(ctx, customers)
  timer.mark("email-consents")
  // Bulk-written orders emit no order.placed: count them into the customers' visitor profiles.
  const { result: profiles } = await backfillCustomerOrdersWorkflow(container).run()
  timer.mark("profiles")
  // ... and into the co-purchase statistics behind "others also bought"
  const { result: coPurchases } = await rebuildAlsoBoughtStatisticsWorkflow(container).run()
  timer.mark("co-purchases")
  // ... and remember every product, so its page can lead somewhere once it is gone
  await reconcileCatalogMemoryWorkflow(container).run()
  timer.mark("product-memory")
  const segmentOffers = await writeSegmentOffers(ctx)
  timer.mark("segment-offers")

  const summary = {
    seed: SEED,
    products: catalog.products.length,
    published: catalog.products.filter((p) => p.status === "published").length,
    variants: catalog.products.reduce((s, p) => s + p.variants.length, 0),
    discontinued: catalog.products.filter((p) => p.discontinued).length,
    categories,
    brands,
    customers: customers.length,
    accounts,
    orders: written.length,
    canceled: written.filter((o) => o.plan.canceled).length,
    fulfilled,
    delivered,
    returned,
    lines: written.reduce((n, o) => n + o.items.length, 0),
    carts: cartStats.carts,
    carts_with_email: cartStats.withEmail,
    email_opt_ins: consents.opted_in,
    orders_in_profiles: profiles.counted,
    co_purchase_pairs: coPurchases.pairs,
    segments: segmentOffers.segments,
    offers: segmentOffers.offers,
    admin: admin.email,
    publishable_key: store.publishableKey,
    region_ids: { eur: store.regions.eu.id, usd: store.regions.us.id },
  }
  await writeSeedMarker(ctx, store, { ...summary, publishable_key: undefined })
  timer.mark("marker")

  for (const [phase, ms] of Object.entries(timer.phases)) {
    logger.info(`seed phase ${phase}: ${ms} ms`)
  }
  logger.info(`seed total: ${timer.totalMs()} ms`)
  console.log(`TOUCHPOINTS_SEED ${JSON.stringify({ ...summary, ms: timer.totalMs(), phases: timer.phases })}`)
}
