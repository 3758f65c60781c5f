import { applyEvents } from "../lib/apply-events"
import { MAX_COUNTED_KEYS } from "../lib/count-map"
import { mergeAggregates } from "../lib/merge-aggregates"
import type { ProfileAggregates, VisitorEventInput } from "../lib/types"

const empty: ProfileAggregates = {
  visits: 0,
  visits_since_last_order: 0,
  event_count: 0,
  page_views: 0,
  searches: 0,
  add_to_carts: 0,
  checkouts_started: 0,
  first_seen_at: null,
  last_seen_at: null,
  first_utm: null,
  last_utm: null,
  product_views: {},
  category_views: {},
  recent_product_ids: [],
  last_cart_id: null,
}
const THIRTY_MINUTES = 30 * 60_000
const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 12, minute))
const view = (minute: number, productId = "prod_a"): VisitorEventInput => ({
  type: "product_view",
  occurred_at: at(minute),
  product_id: productId,
})

describe("applyEvents", () => {
  it("should split visits at more than 30 minutes of inactivity, whatever the batch order", () => {
    // 0, 29 (gap 29), 40 (gap 11) | 71 (gap 31): two visits
    const result = applyEvents(empty, [view(40), view(0), view(29), view(71)], THIRTY_MINUTES)
    expect(result.visits).toBe(2)
    expect(result.first_seen_at).toEqual(at(0))
    expect(result.last_seen_at).toEqual(at(71))
  })

  it("should open a visit only after strictly more than the timeout", () => {
    expect(applyEvents(empty, [view(0), view(30)], THIRTY_MINUTES).visits).toBe(1)
    expect(applyEvents(empty, [view(0), view(31)], THIRTY_MINUTES).visits).toBe(2)
  })

  it("should keep first-touch and last-touch UTM apart", () => {
    const result = applyEvents(
      empty,
      [
        { type: "page_view", occurred_at: at(5), utm: { source: "ads" } },
        { type: "page_view", occurred_at: at(1), utm: { source: "newsletter", campaign: "spring" } },
        { type: "page_view", occurred_at: at(9) },
      ],
      THIRTY_MINUTES
    )
    expect(result.first_utm).toEqual({ source: "newsletter", campaign: "spring", at: at(1).toISOString() })
    expect(result.last_utm).toEqual({ source: "ads", at: at(5).toISOString() })
  })

  it("should bound the counted products and keep the most viewed", () => {
    const events = Array.from({ length: MAX_COUNTED_KEYS + 10 }, (_, i) => view(0, `prod_${i}`))
    events.push(view(1, "prod_0"))
    const result = applyEvents(empty, events, THIRTY_MINUTES)
    expect(Object.keys(result.product_views)).toHaveLength(MAX_COUNTED_KEYS)
    expect(result.product_views.prod_0).toBe(2)
    expect(result.recent_product_ids[0]).toBe("prod_0")
  })
})

describe("mergeAggregates", () => {
  it("should add counts and take the earliest first touch and the latest last touch", () => {
    const laptop = applyEvents(
      empty,
      [{ type: "page_view", occurred_at: at(0), utm: { source: "a" } }, view(1)],
      THIRTY_MINUTES
    )
    const phone = applyEvents(
      empty,
      [{ type: "page_view", occurred_at: at(50), utm: { source: "b" } }, view(51, "prod_b")],
      THIRTY_MINUTES
    )
    const merged = mergeAggregates(laptop, phone)
    expect(merged).toMatchObject({
      visits: 2,
      event_count: 4,
      page_views: 2,
      product_views: { prod_a: 1, prod_b: 1 },
      recent_product_ids: ["prod_b", "prod_a"],
      first_seen_at: at(0),
      last_seen_at: at(51),
    })
    expect(merged.first_utm?.source).toBe("a")
    expect(merged.last_utm?.source).toBe("b")
    expect(mergeAggregates(phone, laptop)).toEqual({ ...merged })
  })
})

describe("entityId", () => {
  it("should mint prefixed, time-ordered, unique ULID-shaped ids", async () => {
    const { entityId } = await import("../lib/entity-id")
    const ids = Array.from({ length: 2000 }, () => entityId("tpve"))
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) {
      expect(id).toMatch(/^tpve_[0-9A-HJKMNP-TV-Z]{26}$/)
    }
    const later = await new Promise<string>((resolve) => setTimeout(() => resolve(entityId("tpve")), 5))
    expect(later.slice(5, 15) > ids[0].slice(5, 15)).toBe(true)
  })
})
