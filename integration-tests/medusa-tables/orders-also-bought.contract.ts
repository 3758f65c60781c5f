import { Modules } from "@medusajs/framework/utils"
import {
  orderBasketsAfter,
  placedOrdersWithAdjustmentCode,
  revenueOfLinesWithAdjustmentCode,
} from "@touchpoints/core/medusa-tables"
import type { Contract } from "./contract"

/** A code prefix no other contract uses, so other orders of the shared store add nothing to these answers. */
const PREFIX = "TP-CONTRACT-AB-"
const adjusted = (amount: number) => [{ code: `${PREFIX}X1`, amount }]

/**
 * also-bought's funnel figures (GET /admin/also-bought/stats): orders placed in a period, those holding a bundle
 * discount (an adjustment whose code starts with a prefix) and the revenue of the discounted lines.
 */
const ordersAlsoBought: Contract = ({ container, db }) => {
  it("counts the period's orders that are not canceled, and those with a matching adjustment", async () => {
    const period = { from: new Date(Date.now() - 60_000), to: new Date(Date.now() + 3_600_000), codePrefix: PREFIX }
    const before = await placedOrdersWithAdjustmentCode(db(), period)
    const beforeRevenue = await revenueOfLinesWithAdjustmentCode(db(), period)
    expect(beforeRevenue).toEqual([])

    const orders = container().resolve(Modules.ORDER)
    const made = await orders.createOrders([
      { currency_code: "eur", email: "a@example.test", items: [{ title: "Tea", quantity: 1, unit_price: 10 }] },
      {
        currency_code: "eur",
        email: "b@example.test",
        items: [
          { title: "Tea", quantity: 2, unit_price: 10, adjustments: adjusted(2) },
          { title: "Cup", quantity: 1, unit_price: 20, adjustments: adjusted(2) },
          { title: "Kettle", quantity: 1, unit_price: 40, adjustments: [{ code: "OTHER-1", amount: 5 }] },
        ],
      },
      {
        currency_code: "eur",
        email: "c@example.test",
        items: [{ title: "Tea", quantity: 1, unit_price: 10, adjustments: adjusted(1) }],
      },
      {
        currency_code: "usd",
        email: "d@example.test",
        items: [{ title: "Mug", quantity: 3, unit_price: 5, adjustments: adjusted(3) }],
      },
    ])
    // the module does not answer in input order: take the order to cancel by its email
    const canceled = made.find((order) => order.email === "c@example.test")
    expect(made).toHaveLength(4)
    await orders.cancel(canceled?.id as string)

    const after = await placedOrdersWithAdjustmentCode(db(), period)
    // four orders made, one canceled: three placed, two of them with the prefix (eur and usd)
    expect(after.orders - before.orders).toBe(3)
    expect(after.with_code - before.with_code).toBe(2)
    // eur: 2 x 10 + 20 - (2 + 2) = 36 (the kettle's other code does not count); usd: 3 x 5 - 3 = 12
    expect(await revenueOfLinesWithAdjustmentCode(db(), period)).toEqual([
      { currency_code: "eur", amount: 36 },
      { currency_code: "usd", amount: 12 },
    ])
  })

  it("answers nothing for a period without orders, and takes the prefix literally", async () => {
    const past = { from: new Date("2020-01-01"), to: new Date("2020-02-01"), codePrefix: PREFIX }
    expect(await placedOrdersWithAdjustmentCode(db(), past)).toEqual({ orders: 0, with_code: 0 })
    expect(await revenueOfLinesWithAdjustmentCode(db(), past)).toEqual([])
    const now = { from: new Date(Date.now() - 3_600_000), to: new Date(Date.now() + 3_600_000) }
    // `_` and `%` are not wildcards: "TP_CONTRACT%" matches no "TP-CONTRACT-AB-" code
    expect((await placedOrdersWithAdjustmentCode(db(), { ...now, codePrefix: "TP_CONTRACT%" })).with_code).toBe(0)
    expect(await revenueOfLinesWithAdjustmentCode(db(), { ...now, codePrefix: "TP_CONTRACT%" })).toEqual([])
  })

  it("reads every order's kept products a keyset page at a time: no canceled or draft orders, no fully returned lines", async () => {
    const orders = container().resolve(Modules.ORDER)
    const tag = `ab-baskets-${Date.now()}`
    const line = (product: string, quantity = 1) => ({
      title: product,
      quantity,
      unit_price: 10,
      product_id: `prod_${tag}_${product}`,
    })
    const made = await orders.createOrders([
      // tea twice (two lines), a cup, and a line of no product: tea and cup
      {
        currency_code: "eur",
        email: `kept@${tag}.test`,
        items: [line("tea"), line("tea", 2), line("cup"), { title: "Gift wrap", quantity: 1, unit_price: 2 }],
      },
      { currency_code: "eur", email: `canceled@${tag}.test`, items: [line("tea")] },
      // the kettle (2) came back in full, the mug (3) in part: the mug only
      { currency_code: "eur", email: `returned@${tag}.test`, items: [line("kettle", 2), line("mug", 3)] },
      { currency_code: "eur", email: `draft@${tag}.test`, items: [line("tea")] },
    ])
    const byEmail = (prefix: string) => made.find((order) => order.email?.startsWith(prefix))?.id as string
    await orders.cancel(byEmail("canceled@"))
    // a draft order (the create input has no draft flag: Medusa's draft workflow sets these columns)
    await db().raw(`UPDATE "order" SET is_draft_order = true, status = 'draft' WHERE id = ?`, [byEmail("draft@")])
    const returned = byEmail("returned@")
    // what Medusa records when a return of the whole line is received (order_item of the order's version)
    await db().raw(
      `UPDATE order_item SET return_received_quantity = quantity FROM order_line_item li
        WHERE li.id = order_item.item_id AND order_item.order_id = ? AND li.product_id = ?`,
      [returned, `prod_${tag}_kettle`]
    )
    await db().raw(
      `UPDATE order_item SET return_received_quantity = 1 FROM order_line_item li
        WHERE li.id = order_item.item_id AND order_item.order_id = ? AND li.product_id = ?`,
      [returned, `prod_${tag}_mug`]
    )

    // pages of two orders: every order of the store is read once, in id order
    const read: string[] = []
    const baskets = new Map<string, string[]>()
    for (let afterId: string | null = ""; afterId !== null; ) {
      const page = await orderBasketsAfter(db(), { afterId, limit: 2 })
      if (page.lastId) read.push(page.lastId)
      for (const basket of page.baskets) baskets.set(basket.id, [...basket.product_ids].sort())
      afterId = page.lastId
    }
    expect(read).toEqual([...read].sort())
    expect(baskets.get(byEmail("kept@"))).toEqual([`prod_${tag}_cup`, `prod_${tag}_tea`])
    expect(baskets.get(returned)).toEqual([`prod_${tag}_mug`])
    expect(baskets.has(byEmail("canceled@"))).toBe(false)
    expect(baskets.has(byEmail("draft@"))).toBe(false)
    expect(await orderBasketsAfter(db(), { afterId: read.at(-1) as string, limit: 2 })).toEqual({
      baskets: [],
      lastId: null,
    })
  })
}

export default ordersAlsoBought
