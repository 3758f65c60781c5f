import { THEMES } from "./catalog-data"
import type { CatalogPlan, ProductPlan } from "./plan-catalog"
import type { CustomerPlan } from "./plan-customers"
import type { Rng } from "./prng"

export const ORDER_COUNT = 3200
export const HISTORY_DAYS = 365
/** discontinued products stopped selling this many days ago */
export const DISCONTINUED_DAYS_AGO = 100

export type OrderLinePlan = { handle: string; variant: number; quantity: number }

export type FulfillmentStage = "none" | "packed" | "shipped" | "delivered"

export const RETURN_REASONS = [
  { value: "wrong_size", label: "Wrong size" },
  { value: "damaged", label: "Arrived damaged" },
  { value: "not_as_expected", label: "Not as expected" },
  { value: "changed_mind", label: "Changed my mind" },
] as const

export type ReturnPlan = {
  /** index into the order's lines: that line is sent back in full */
  line: number
  reason: (typeof RETURN_REASONS)[number]["value"]
  /** minutes after placing: return requested, then received and refunded */
  requestedAfter: number
  receivedAfter: number
}

export type OrderPlan = {
  /** minutes before the seed's "now" */
  ageMinutes: number
  customer: number
  region: "eu" | "us"
  theme: string
  lines: OrderLinePlan[]
  shipping: "standard" | "express"
  canceled: boolean
  /** minutes after placing: canceled / packed / shipped / delivered */
  canceledAfter: number
  stage: FulfillmentStage
  packedAfter: number
  shippedAfter: number
  deliveredAfter: number
  /** delivered over a month ago: the shop marked it completed */
  completed: boolean
  /** a few delivered orders had a line returned and refunded */
  returned: ReturnPlan | null
}

const MINUTES_PER_DAY = 24 * 60

/** how likely an order falls on a given day: a growing shop, busier weekends, two sale weekends */
function dayWeights(): number[] {
  const w: number[] = []
  for (let d = 0; d < HISTORY_DAYS; d++) {
    let weight = 1 + 0.8 * (1 - d / HISTORY_DAYS)
    if (d % 7 === 1 || d % 7 === 2) {
      weight *= 1.25
    }
    if ((d >= 38 && d <= 41) || (d >= 205 && d <= 208)) {
      weight *= 2.2
    }
    w.push(weight)
  }
  return w
}

const HOUR_WEIGHTS = [
  0.2, 0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 0.6, 0.9, 1, 1.1, 1.2, 1.4, 1.2, 1.1, 1.1, 1.2, 1.4, 1.7, 2, 2.2, 1.9, 1.2, 0.6,
]

const BASKET_SIZES = [1, 2, 3, 4, 5]
const BASKET_WEIGHTS = [0.3, 0.33, 0.21, 0.11, 0.05]

/** Allocates `total` orders to customers in proportion to their activity over their active window. */
function allocate(customers: CustomerPlan[], total: number): number[] {
  const fixed = customers.reduce((s, c) => s + (c.fixedOrders ?? 0), 0)
  const share = customers.map((c) => {
    if (c.fixedOrders !== undefined) {
      return 0
    }
    const window = Math.max(0, Math.min(c.signupDaysAgo, HISTORY_DAYS - 1) - c.lastActiveDaysAgo)
    return c.activity * Math.min(1, (window + 5) / HISTORY_DAYS)
  })
  const sum = share.reduce((a, b) => a + b, 0)
  const remaining = total - fixed
  const exact = share.map((s) => (s / sum) * remaining)
  const counts = exact.map(Math.floor)
  let missing = remaining - counts.reduce((a, b) => a + b, 0)
  // largest remainders first (ties by index: deterministic)
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1])
  for (const [, i] of order) {
    if (missing <= 0) {
      break
    }
    if (share[i] > 0) {
      counts[i]++
      missing--
    }
  }
  return customers.map((c, i) => c.fixedOrders ?? counts[i])
}

export function planOrders(rng: Rng, catalog: CatalogPlan, customers: CustomerPlan[]): OrderPlan[] {
  const days = dayWeights()
  const themeKeys = THEMES.map((t) => t.key)
  const neighbours = new Map(THEMES.map((t) => [t.key, t.neighbours]))
  const sellable = (p: ProductPlan, ageDays: number) =>
    p.status === "published" && (!p.discontinued || ageDays >= DISCONTINUED_DAYS_AGO)
  const globalWeights = catalog.products.map((p) => p.popularity)

  const pickFromTheme = (theme: string, ageDays: number, basket: Set<string>): ProductPlan | undefined => {
    const members = (catalog.byTheme.get(theme) ?? []).filter((p) => sellable(p, ageDays) && !basket.has(p.handle))
    if (!members.length) {
      return undefined
    }
    return rng.weighted(
      members,
      members.map((p) => p.popularity * (p.theme === theme ? 1 : 0.5))
    )
  }
  const pickAny = (ageDays: number, basket: Set<string>): ProductPlan | undefined => {
    for (let tries = 0; tries < 10; tries++) {
      const p = rng.weighted(catalog.products, globalWeights)
      if (sellable(p, ageDays) && !basket.has(p.handle)) {
        return p
      }
    }
    return undefined
  }

  const counts = allocate(customers, ORDER_COUNT)
  const orders: OrderPlan[] = []

  customers.forEach((customer, ci) => {
    const from = Math.min(customer.signupDaysAgo, HISTORY_DAYS - 1)
    let to = customer.lastActiveDaysAgo
    if (to > from) {
      to = 0
    }
    const windowDays = days.slice(to, from + 1)
    for (let k = 0; k < counts[ci]; k++) {
      const day = to + rng.weightedIndex(windowDays)
      const minuteOfDay = rng.weightedIndex(HOUR_WEIGHTS) * 60 + rng.int(0, 59)
      const ageMinutes = Math.max(5, day * MINUTES_PER_DAY + (MINUTES_PER_DAY - minuteOfDay))
      const ageDays = ageMinutes / MINUTES_PER_DAY

      const r = rng.next()
      const theme = r < 0.7 ? customer.interests[0] : r < 0.9 ? customer.interests[1] : rng.pick(themeKeys)
      const size = rng.weighted(BASKET_SIZES, BASKET_WEIGHTS)
      const basket = new Set<string>()
      const lines: OrderLinePlan[] = []
      const add = (p: ProductPlan) => {
        basket.add(p.handle)
        const quantity = p.flags.has("consumable") ? rng.weighted([1, 2, 3], [0.6, 0.3, 0.1]) : rng.chance(0.06) ? 2 : 1
        lines.push({ handle: p.handle, variant: rng.int(0, p.variants.length - 1), quantity })
        // complements: strong pairs ride along (may exceed the basket size by one or two)
        for (const c of catalog.complements.get(p.handle) ?? []) {
          const partner = catalog.byHandle.get(c.handle)
          if (partner && !basket.has(partner.handle) && sellable(partner, ageDays) && rng.chance(c.p)) {
            basket.add(partner.handle)
            lines.push({ handle: partner.handle, variant: rng.int(0, partner.variants.length - 1), quantity: 1 })
          }
        }
      }

      const first = pickFromTheme(theme, ageDays, basket)
      if (first) {
        add(first)
      }
      while (lines.length < size) {
        const x = rng.next()
        const next =
          x < 0.75
            ? pickFromTheme(theme, ageDays, basket)
            : x < 0.88
              ? pickFromTheme(rng.pick(neighbours.get(theme) ?? themeKeys), ageDays, basket)
              : pickAny(ageDays, basket)
        if (!next) {
          break
        }
        add(next)
      }
      if (!lines.length) {
        continue
      }

      const canceled = rng.chance(0.03)
      const packedAfter = rng.int(4 * 60, 30 * 60)
      const shippedAfter = packedAfter + rng.int(2 * 60, 20 * 60)
      const deliveredAfter = shippedAfter + rng.int(24 * 60, 96 * 60)
      const stage: FulfillmentStage = canceled
        ? "none"
        : ageMinutes > deliveredAfter
          ? "delivered"
          : ageMinutes > shippedAfter
            ? "shipped"
            : ageMinutes > packedAfter
              ? "packed"
              : "none"
      const requestedAfter = deliveredAfter + rng.int(MINUTES_PER_DAY, 10 * MINUTES_PER_DAY)
      const receivedAfter = requestedAfter + rng.int(2 * MINUTES_PER_DAY, 6 * MINUTES_PER_DAY)
      const returned: ReturnPlan | null =
        stage === "delivered" && ageMinutes > receivedAfter && rng.chance(0.006)
          ? {
              line: rng.int(0, lines.length - 1),
              reason: rng.pick(RETURN_REASONS).value,
              requestedAfter,
              receivedAfter,
            }
          : null
      orders.push({
        ageMinutes,
        customer: ci,
        region: customer.region,
        theme,
        lines,
        shipping: rng.chance(0.12) ? "express" : "standard",
        canceled,
        canceledAfter: Math.min(rng.int(10, 36 * 60), ageMinutes - 1),
        stage,
        packedAfter,
        shippedAfter,
        deliveredAfter,
        completed: stage === "delivered" && ageMinutes - deliveredAfter > 30 * MINUTES_PER_DAY,
        returned,
      })
    }
  })

  // chronological, so display ids grow with time
  orders.sort((a, b) => b.ageMinutes - a.ageMinutes || a.customer - b.customer)
  return orders
}
