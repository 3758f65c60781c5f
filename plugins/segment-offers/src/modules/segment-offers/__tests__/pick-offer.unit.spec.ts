import { type OfferCandidate, type PromotionState, rankOffers, unavailableBecause, worthOf } from "../lib/pick-offer"

const NOW = new Date("2026-11-26T12:00:00Z")

const promotion = (overrides: Partial<PromotionState> = {}): PromotionState => ({
  id: "promo_1",
  code: "CODE",
  status: "active",
  usage: null,
  type: "percentage",
  value: 10,
  currency_code: null,
  campaign: null,
  ...overrides,
})

const offer = (id: string, overrides: Partial<OfferCandidate> = {}): OfferCandidate => ({
  id,
  priority: 0,
  status: "active",
  segment_ids: ["seg_a"],
  placements: ["home", "product", "cart"],
  starts_at: null,
  ends_at: null,
  promotion: promotion(),
  ...overrides,
})

const ids = (ranked: { offer: OfferCandidate }[]) => ranked.map((entry) => entry.offer.id)

describe("rankOffers", () => {
  it("orders by priority, then worth, then id, and keeps only offers of the shopper's segments", () => {
    const offers = [
      offer("off_c", { priority: 1 }),
      offer("off_b", { priority: 5, promotion: promotion({ value: 5 }) }),
      offer("off_a", { priority: 5, promotion: promotion({ value: 5 }) }),
      offer("off_d", { priority: 5, promotion: promotion({ value: 20 }) }),
      offer("off_e", { priority: 9, segment_ids: ["seg_other"] }),
    ]
    const ranked = rankOffers(offers, new Set(["seg_a"]), { cart: null, now: NOW })
    expect(ids(ranked)).toEqual(["off_d", "off_a", "off_b", "off_c"])
    expect(ranked[0]).toMatchObject({ segment_id: "seg_a", worth: 20 })
  })

  it("filters by placement and attributes an offer to the shopper's first matching segment", () => {
    const offers = [offer("off_a", { placements: ["cart"], segment_ids: ["seg_x", "seg_b", "seg_a"] })]
    expect(rankOffers(offers, new Set(["seg_a", "seg_b"]), { placement: "home", cart: null, now: NOW })).toEqual([])
    expect(
      rankOffers(offers, new Set(["seg_a", "seg_b"]), { placement: "cart", cart: null, now: NOW })[0].segment_id
    ).toBe("seg_b")
  })

  it("values percentages on the cart and fixed amounts only in their currency", () => {
    const cart = { value: 80, currency_code: "eur" }
    expect(worthOf(promotion({ type: "percentage", value: 15 }), cart)).toBe(12)
    expect(worthOf(promotion({ type: "percentage", value: 15 }), null)).toBe(15)
    expect(worthOf(promotion({ type: "fixed", value: 10, currency_code: "eur" }), cart)).toBe(10)
    expect(worthOf(promotion({ type: "fixed", value: 10, currency_code: "usd" }), cart)).toBe(0)
  })
})

describe("unavailableBecause", () => {
  it.each([
    [offer("o", { status: "paused" }), "the offer is paused"],
    [offer("o", { starts_at: "2026-12-01T00:00:00Z" }), "the offer has not started"],
    [offer("o", { ends_at: "2026-11-01T00:00:00Z" }), "the offer has ended"],
    [offer("o", { promotion: null }), "its promotion was deleted"],
    [offer("o", { promotion: promotion({ status: "draft" }) }), "its promotion is draft"],
    [offer("o", { promotion: promotion({ usage: { limit: 3, used: 3 } }) }), "its promotion is used up"],
    [
      offer("o", {
        promotion: promotion({ campaign: { starts_at: null, ends_at: "2026-11-20T00:00:00Z", budget: null } }),
      }),
      "its campaign has ended",
    ],
    [
      offer("o", {
        promotion: promotion({
          campaign: { starts_at: null, ends_at: null, budget: { type: "usage", limit: 5, used: 5 } },
        }),
      }),
      "its campaign budget is used up",
    ],
    [offer("o", { promotion: promotion({ usage: { limit: 3, used: 2 } }) }), null],
  ])("%#: %s", (candidate, reason) => {
    expect(unavailableBecause(candidate, NOW)).toBe(reason)
  })
})
