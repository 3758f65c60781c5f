import { type OpenCartActivity, openCartsWithItemsAfter } from "@touchpoints/core/medusa-tables"
import { createFeedbackShop } from "../helpers/feedback-shop"
import type { Contract } from "./contract"

const HOUR = 3_600_000

/** core's medusa-tables/carts.ts, as cart recovery's abandoned-cart scan uses it. */
const cartsOfCartRecovery: Contract = ({ api, container, db }) => {
  /** Every open cart with items, from the start (the shared store holds other contracts' carts too). */
  const allPages = async (limit = 1000) => {
    const rows: OpenCartActivity[] = []
    let afterId: string | null = null
    for (;;) {
      const page = await openCartsWithItemsAfter(db(), { afterId, limit })
      rows.push(...page)
      if (page.length < limit) return rows
      afterId = page[page.length - 1].id
    }
  }

  it("answers open carts with an email and lines, with their latest activity, a keyset page at a time", async () => {
    const shop = await createFeedbackShop(container(), api)
    const idle = await shop.abandonedCart({ email: "idle-contract@example.test", consent: false })
    await shop.idleFor(idle, 5)
    const itemTouched = await shop.abandonedCart({ email: "touched-contract@example.test", consent: false })
    await shop.idleFor(itemTouched, 5)
    const lineChangedAt = new Date(Date.now() - HOUR)
    await shop.pg.raw("UPDATE cart_line_item SET updated_at = ? WHERE cart_id = ?", [lineChangedAt, itemTouched])
    const ordered = await shop.abandonedCart({ email: "ordered-contract@example.test", consent: false })
    await shop.completeCart(ordered)
    const { data: empty } = await api.post(
      "/store/carts",
      { region_id: shop.catalog.regionId, email: "empty-contract@example.test" },
      shop.headers
    )
    const { data: anonymous } = await api.post("/store/carts", { region_id: shop.catalog.regionId }, shop.headers)
    await api.post(
      `/store/carts/${anonymous.cart.id}/line-items`,
      { variant_id: shop.catalog.variants.tea, quantity: 1 },
      shop.headers
    )

    const rows = await allPages()
    const byId = new Map(rows.map((row) => [row.id, row]))
    expect(byId.get(idle)).toEqual({ id: idle, email: "idle-contract@example.test", activity_at: expect.any(Date) })
    // about 5 hours ago (the store may be slow: the point is which timestamp is taken, 5 h vs 1 h)
    expect(Math.abs(new Date(byId.get(idle)?.activity_at as Date).getTime() - (Date.now() - 5 * HOUR))).toBeLessThan(
      10 * 60_000
    )
    // a line changed an hour ago: the cart's activity is the latest of its own and its lines' timestamps
    expect(
      Math.abs(new Date(byId.get(itemTouched)?.activity_at as Date).getTime() - lineChangedAt.getTime())
    ).toBeLessThan(1000)
    for (const left of [ordered, empty.cart.id, anonymous.cart.id]) expect(byId.has(left)).toBe(false)

    // ordered by id, and a page starts after the id given
    const ids = rows.map((row) => row.id)
    expect([...ids].sort()).toEqual(ids)
    const [first, second] = await openCartsWithItemsAfter(db(), { afterId: null, limit: 2 })
    expect(await openCartsWithItemsAfter(db(), { afterId: first.id, limit: 1 })).toEqual([second])
  })
}

export default cartsOfCartRecovery
