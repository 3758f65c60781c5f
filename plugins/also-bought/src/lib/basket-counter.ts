/** Separates the two ids of a pair key (cannot occur in ids). */
const SEPARATOR = "\u0000"

/**
 * Counts co-purchases in memory for a full rebuild: per product the number of orders holding it, per unordered
 * pair the number of orders holding both, and the number of orders. A product repeated in one order counts once.
 */
export class BasketCounter {
  readonly products = new Map<string, number>()
  readonly pairs = new Map<string, number>()
  orders = 0
  lines = 0

  add(productIds: Iterable<string>): void {
    const distinct = [...new Set(productIds)].sort()
    this.lines += distinct.length
    if (!distinct.length) return
    this.orders += 1
    for (const id of distinct) this.products.set(id, (this.products.get(id) ?? 0) + 1)
    for (let i = 0; i < distinct.length; i += 1) {
      for (let j = i + 1; j < distinct.length; j += 1) {
        const key = `${distinct[i]}${SEPARATOR}${distinct[j]}`
        this.pairs.set(key, (this.pairs.get(key) ?? 0) + 1)
      }
    }
  }

  /** Orders holding both products (in any order of the arguments). */
  both(a: string, b: string): number {
    return this.pairs.get(a < b ? `${a}${SEPARATOR}${b}` : `${b}${SEPARATOR}${a}`) ?? 0
  }

  /** Every pair as `[a, b, orders]` with a < b. */
  *pairEntries(): Generator<[string, string, number]> {
    for (const [key, count] of this.pairs) {
      const cut = key.indexOf(SEPARATOR)
      yield [key.slice(0, cut), key.slice(cut + 1), count]
    }
  }
}
