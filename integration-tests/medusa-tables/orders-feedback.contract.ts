import { ordersReachingStage } from "@touchpoints/core/medusa-tables"
import { createFeedbackShop } from "../helpers/feedback-shop"
import type { Contract } from "./contract"

const DAY = 86_400_000

/** core's medusa-tables/orders.ts, as feedback's survey scan uses it. */
const ordersOfFeedback: Contract = ({ api, container, db }) => {
  const reaching = async (stage: "fulfillment" | "shipment" | "delivery", atLeastDaysAgo = 7) => {
    const rows = await ordersReachingStage(db(), {
      stage,
      atLeastSecondsAgo: atLeastDaysAgo * 86_400,
      withinDays: 30,
      afterId: null,
      limit: 10_000,
    })
    return new Map(rows.map((row) => [row.id, row]))
  }

  it("answers orders whose first fulfillment reached a stage in a window, with what the stop rules read", async () => {
    const shop = await createFeedbackShop(container(), api)
    const shipped = await shop.placeOrder({ email: "shipped-contract@example.test", consent: false })
    await shop.fulfill(shipped)
    await shop.daysSinceShipping(shipped, 10)
    const packed = await shop.placeOrder({ email: "packed-contract@example.test", consent: false })
    await shop.fulfill(packed, { ship: false })
    await shop.daysSinceShipping(packed, 10)
    const refunded = await shop.placeOrder({ email: "refunded-contract@example.test", consent: false })
    await shop.fulfill(refunded)
    await shop.refund(refunded)
    await shop.daysSinceShipping(refunded, 10)
    const recent = await shop.placeOrder({ email: "recent-contract@example.test", consent: false })
    await shop.fulfill(recent)
    await shop.daysSinceShipping(recent, 2)
    const old = await shop.placeOrder({ email: "old-contract@example.test", consent: false })
    await shop.fulfill(old)
    await shop.daysSinceShipping(old, 40)
    const canceled = await shop.placeOrder({ email: "canceled-contract@example.test", consent: false })
    await shop.fulfill(canceled, { ship: false })
    await shop.daysSinceShipping(canceled, 10)
    await shop.cancel(canceled)

    const byShipment = await reaching("shipment")
    const row = byShipment.get(shipped)
    expect(Object.keys(row ?? {}).sort()).toEqual(
      ["canceled", "customer_id", "display_id", "email", "id", "locale", "refunded", "started_at"].sort()
    )
    expect(row).toMatchObject({
      id: shipped,
      display_id: expect.any(Number),
      email: "shipped-contract@example.test",
      started_at: expect.any(Date),
      canceled: false,
      refunded: false,
    })
    expect(Math.abs(new Date(row?.started_at as Date).getTime() - (Date.now() - 10 * DAY))).toBeLessThan(10 * 60_000)
    expect(byShipment.get(refunded)).toMatchObject({ refunded: true, canceled: false })
    // not shipped yet; shipped too recently; shipped before the window; its fulfillment canceled with the order
    for (const left of [packed, recent, old, canceled]) expect(byShipment.has(left)).toBe(false)
    // the packed order reached the fulfillment stage; the canceled one's fulfillment was canceled with it
    const byFulfillment = await reaching("fulfillment")
    expect(byFulfillment.has(packed)).toBe(true)
    expect(byFulfillment.has(canceled)).toBe(false)
    expect((await reaching("delivery")).has(shipped)).toBe(false)

    // keyset pages by order id
    const ids = [...byShipment.keys()]
    expect([...ids].sort()).toEqual(ids)
    const [first, second] = await ordersReachingStage(db(), {
      stage: "shipment",
      atLeastSecondsAgo: 7 * 86_400,
      withinDays: 30,
      afterId: null,
      limit: 2,
    })
    const [next] = await ordersReachingStage(db(), {
      stage: "shipment",
      atLeastSecondsAgo: 7 * 86_400,
      withinDays: 30,
      afterId: first.id,
      limit: 1,
    })
    expect(next).toEqual(second)
  })
}

export default ordersOfFeedback
