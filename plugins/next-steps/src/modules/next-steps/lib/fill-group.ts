import type { BuyableCheck, BuyableProduct } from "@touchpoints/core/lib"
import type { Candidate, LinkReason } from "./candidates"

export type Link = { product_id: string; reason: LinkReason; product: BuyableProduct }

/**
 * A list of candidates for a group; `fallback` names it when it is not the group's own source. Read only as far
 * as the group needs (the store's best sellers are a list as long as the catalogue).
 */
export type CandidateList = { candidates: Iterable<Candidate>; fallback: string | null }

export type FilledGroup = { items: Link[]; fallback: string | null }

/** Candidates checked per buyability read (one snapshot read; a long tail of unknown ones is checked live). */
const SLICE = 48

/**
 * Fills a group to `limit` from its candidate lists in order: only products the shopper can buy now, none
 * already used by an earlier group or excluded from it. With `inStockFirst`, products in stock go before
 * backorder-only ones (for a sold-out product's alternatives). `fallback` names the first fallback list that had
 * to supply a link. Changes nothing it is given: the caller adds the group's items to its `used` set.
 */
export async function fillGroup(
  check: BuyableCheck,
  lists: CandidateList[],
  options: {
    used: ReadonlySet<string>
    /** Never in this group (the owner's exclusions). */
    exclude?: ReadonlySet<string>
    limit: number
    region_id?: string | null
    sales_channel_id?: string | null
    inStockFirst?: boolean
    /** Every product buyable in this context, when the caller has them already (the audit): no queries then. */
    known?: Map<string, BuyableProduct>
  }
): Promise<FilledGroup> {
  const picked: (Link & { fallback: string | null })[] = []
  const seen = new Set([...options.used, ...(options.exclude ?? [])])
  const enough = () => picked.filter((link) => !options.inStockFirst || link.product.in_stock).length >= options.limit
  for (const list of lists) {
    const candidates = list.candidates[Symbol.iterator]()
    let exhausted = false
    while (!exhausted && !enough()) {
      const slice: Candidate[] = []
      while (slice.length < SLICE) {
        const next = candidates.next()
        if (next.done) {
          exhausted = true
          break
        }
        if (seen.has(next.value.product_id)) continue
        seen.add(next.value.product_id)
        slice.push(next.value)
      }
      if (!slice.length) break
      const buyable =
        options.known ??
        (await check(
          slice.map((candidate) => candidate.product_id),
          options
        ))
      for (const candidate of slice) {
        const product = buyable.get(candidate.product_id)
        if (product) picked.push({ ...candidate, product, fallback: list.fallback })
      }
    }
    if (enough()) break
  }
  const ordered = options.inStockFirst
    ? [...picked.filter((link) => link.product.in_stock), ...picked.filter((link) => !link.product.in_stock)]
    : picked
  const items = ordered.slice(0, options.limit)
  return {
    items: items.map(({ fallback: _fallback, ...link }) => link),
    fallback: items.find((item) => item.fallback)?.fallback ?? null,
  }
}
