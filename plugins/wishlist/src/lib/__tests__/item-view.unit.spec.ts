import type { ItemRow } from "../../modules/wishlist/lib/types"
import { priceChange, toItemView, toSharedView } from "../item-view"

const eur = (amount: number) => ({ amount, currency_code: "eur" })

const item: ItemRow = {
  id: "wli_1",
  wishlist_id: "wl_1",
  variant_id: "variant_1",
  product_id: "prod_1",
  quantity: 2,
  note: "private",
  line_metadata: { engraving: "A" },
  saved_price: { ...eur(25), region_id: "reg_1" },
  product_title: "Old title",
  variant_title: "M",
  product_handle: "shirt",
  variant_sku: "SKU",
  thumbnail: "https://cdn.example/shirt.jpg",
  source: "cart",
  saved_at: new Date("2026-11-01T00:00:00Z"),
  removed_at: null,
  removal: null,
  moved_to_cart_id: null,
  purchased_at: null,
  purchase_order_id: null,
  watch: null,
}

describe("priceChange", () => {
  it("should give amount, percent and direction in one currency", () => {
    expect(priceChange(eur(25), eur(20))).toEqual({ amount: -5, percent: -20, direction: "down" })
    expect(priceChange(eur(19.99), eur(24.99))).toEqual({ amount: 5, percent: 25, direction: "up" })
    expect(priceChange(eur(10), eur(10))).toEqual({ amount: 0, percent: 0, direction: "same" })
    expect(priceChange(eur(0), eur(3))).toEqual({ amount: 3, percent: 0, direction: "up" })
  })

  it("should say nothing across currencies or without a price", () => {
    expect(priceChange(eur(10), { amount: 10, currency_code: "usd" })).toBeNull()
    expect(priceChange(null, eur(10))).toBeNull()
    expect(priceChange(eur(10), null)).toBeNull()
  })
})

describe("toItemView", () => {
  it("should show a gone variant as discontinued with the titles saved with it", () => {
    const view = toItemView(item, undefined)
    expect(view).toMatchObject({
      availability: "discontinued",
      current_price: null,
      price_change: null,
      saved_price: eur(25),
      product: { title: "Old title", handle: "shirt", thumbnail: "https://cdn.example/shirt.jpg" },
      variant: { id: "variant_1", title: "M", sku: "SKU" },
      metadata: { engraving: "A" },
    })
  })

  it("should prefer live titles and price when the variant exists (the saved picture when it has none)", () => {
    const view = toItemView(item, {
      id: "variant_1",
      title: "Medium",
      sku: "SKU",
      product: { id: "prod_1", title: "New title", handle: "shirt", thumbnail: null },
      price: eur(20),
      availability: "sold_out",
    })
    expect(view).toMatchObject({
      availability: "sold_out",
      current_price: eur(20),
      price_change: { direction: "down", percent: -20 },
      product: { title: "New title", thumbnail: "https://cdn.example/shirt.jpg" },
      variant: { title: "Medium" },
    })
  })
})

describe("toSharedView", () => {
  it("should leave out ids, notes and metadata", () => {
    const list = {
      id: "wl_1",
      customer_id: "cus_1",
      guest_key: null,
      name: "Gifts",
      name_key: "gifts",
      is_default: false,
      share_nonce: "n",
      share_expires_at: new Date(),
      shared_at: new Date(),
      created_at: new Date(),
      updated_at: new Date(),
      deleted_at: null,
      items: [item],
    }
    const shared = toSharedView(list, [toItemView(item, undefined)])
    const text = JSON.stringify(shared)
    for (const hidden of ["wl_1", "wli_1", "cus_1", "private", "engraving"]) expect(text).not.toContain(hidden)
    expect(shared.items[0]).toMatchObject({ variant_id: "variant_1", quantity: 2 })
  })
})
