import type { BuyableCheck, BuyableProduct } from "@touchpoints/core/lib"
import { candidatesOf } from "../candidates"
import { fillGroup } from "../fill-group"

const product = (id: string, inStock = true): BuyableProduct => ({
  id,
  title: id,
  handle: id,
  thumbnail: null,
  variant_id: `variant_${id}`,
  variant_title: null,
  in_stock: inStock,
  price: null,
})
const known = new Map(
  [product("a"), product("b", false), product("c"), product("d"), product("e")].map((item) => [item.id, item])
)
// with `known` the group is filled without asking
const noCheck: BuyableCheck = async () => {
  throw new Error("fillGroup asked although it was given every buyable product")
}

describe("fillGroup", () => {
  it("fills from the lists in order, skips used, excluded and unbuyable products, and names the fallback", async () => {
    const used = new Set(["a"])
    const group = await fillGroup(
      noCheck,
      [
        { candidates: candidatesOf(["a", "x", "b"], "same_category"), fallback: null },
        { candidates: candidatesOf(["c", "d", "e"], "best_seller"), fallback: "best_sellers" },
      ],
      { used, exclude: new Set(["c"]), limit: 3, known }
    )
    expect(group.items.map((item) => item.product_id)).toEqual(["b", "d", "e"])
    expect(group.fallback).toBe("best_sellers")
    // plain: the caller's sets are left as they were
    expect([...used]).toEqual(["a"])
  })

  it("puts products in stock first when asked (a sold-out product's alternatives)", async () => {
    const group = await fillGroup(
      noCheck,
      [{ candidates: candidatesOf(["b", "c", "d"], "same_type"), fallback: null }],
      {
        used: new Set(),
        limit: 2,
        inStockFirst: true,
        known,
      }
    )
    expect(group.items.map((item) => item.product_id)).toEqual(["c", "d"])
    expect(group.fallback).toBeNull()
  })
})
