import type { CatalogPlan, ProductPlan } from "./plan-catalog"
import type { CustomerPlan } from "./plan-customers"
import type { Rng } from "./prng"

export type CartPlan = {
  /** customer index, or null for an anonymous cart (no email: cannot be recovered) */
  customer: number | null
  region: "eu" | "us"
  lines: { handle: string; variant: number; quantity: number }[]
  /** minutes since the cart was created / last touched */
  createdMinutesAgo: number
  lastActivityMinutesAgo: number
}

const HOUR = 60

/** Abandoned carts: left by known shoppers (with an email) 1 hour to 7 days ago, plus a few anonymous ones. */
export function planCarts(rng: Rng, catalog: CatalogPlan, customers: CustomerPlan[]): CartPlan[] {
  const sellable = catalog.products.filter((p) => p.status === "published" && !p.discontinued)
  const pickFromTheme = (theme: string, exclude: Set<string>): ProductPlan => {
    const members = sellable.filter(
      (p) => (p.theme === theme || p.alsoThemes.includes(theme)) && !exclude.has(p.handle)
    )
    return members.length
      ? rng.weighted(
          members,
          members.map((p) => p.popularity)
        )
      : rng.pick(sellable)
  }
  const basket = (theme: string) => {
    const size = rng.weighted([1, 2, 3, 4], [0.35, 0.35, 0.2, 0.1])
    const seen = new Set<string>()
    const lines: CartPlan["lines"] = []
    for (let i = 0; i < size; i++) {
      const p = pickFromTheme(theme, seen)
      if (seen.has(p.handle)) {
        continue
      }
      seen.add(p.handle)
      lines.push({ handle: p.handle, variant: rng.int(0, p.variants.length - 1), quantity: rng.chance(0.15) ? 2 : 1 })
    }
    return lines
  }
  const age = (minMinutes: number, maxMinutes: number) => {
    const last = rng.int(minMinutes, maxMinutes)
    return { lastActivityMinutesAgo: last, createdMinutesAgo: last + rng.int(2, 45) }
  }

  const carts: CartPlan[] = []
  // the "cart" persona (shopper5): a chef basket left yesterday
  const persona = customers.findIndex((c) => c.persona === "cart")
  if (persona >= 0) {
    carts.push({
      customer: persona,
      region: customers[persona].region,
      lines: [
        { handle: "chefs-knife-20-cm", variant: 0, quantity: 1 },
        { handle: "end-grain-cutting-board", variant: 1, quantity: 1 },
      ],
      ...age(20 * HOUR, 20 * HOUR),
    })
  }
  // known shoppers (not personas), spread from an hour to a week ago
  const candidates = rng.shuffle(customers.filter((c) => !c.persona).map((c) => c.index)).slice(0, 24)
  candidates.forEach((ci, i) => {
    const c = customers[ci]
    // a third of them very recent (not yet due for a reminder), the rest hours to days old
    const window: [number, number] =
      i % 3 === 0 ? [HOUR, 3 * HOUR] : i % 3 === 1 ? [4 * HOUR, 30 * HOUR] : [30 * HOUR, 7 * 24 * HOUR]
    carts.push({
      customer: ci,
      region: c.region,
      lines: basket(rng.chance(0.8) ? c.interests[0] : c.interests[1]),
      ...age(...window),
    })
  })
  for (let i = 0; i < 6; i++) {
    const themes = [...catalog.byTheme.keys()]
    carts.push({
      customer: null,
      region: rng.chance(0.65) ? "eu" : "us",
      lines: basket(rng.pick(themes)),
      ...age(HOUR, 5 * 24 * HOUR),
    })
  }
  return carts
}
