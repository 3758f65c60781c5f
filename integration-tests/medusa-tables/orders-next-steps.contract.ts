import { Modules } from "@medusajs/framework/utils"
import { unitsSoldSince } from "@touchpoints/core/medusa-tables"
import type { Contract } from "./contract"

/** next-steps' popularity: units sold per product since a date, canceled orders and returned units left out. */
const ordersNextSteps: Contract = ({ container, db }) => {
  it("sums each product's kept units in the window's orders that are not canceled or drafts", async () => {
    const tag = `ns-units-${Date.now()}`
    const product = (name: string) => `prod_${tag}_${name}`
    const line = (name: string, quantity: number) => ({
      title: name,
      quantity,
      unit_price: 10,
      product_id: product(name),
    })
    const orders = container().resolve(Modules.ORDER)
    const made = await orders.createOrders([
      {
        currency_code: "eur",
        email: `a@${tag}.test`,
        items: [line("tea", 2), line("cup", 1), { title: "Wrap", quantity: 1, unit_price: 1 }],
      },
      // two of the three cups came back: one counts
      { currency_code: "eur", email: `b@${tag}.test`, items: [line("tea", 1), line("cup", 3)] },
      { currency_code: "eur", email: `canceled@${tag}.test`, items: [line("tea", 5)] },
      { currency_code: "eur", email: `old@${tag}.test`, items: [line("tea", 7)] },
      {
        currency_code: "eur",
        email: `draft@${tag}.test`,
        items: [line("tea", 9)],
      },
      // everything came back: the kettle sold nothing
      { currency_code: "eur", email: `c@${tag}.test`, items: [line("kettle", 1)] },
    ])
    const id = (prefix: string) => made.find((order) => order.email?.startsWith(prefix))?.id as string
    await orders.cancel(id("canceled@"))
    // a draft order (the create input has no draft flag: Medusa's draft workflow sets these columns)
    await db().raw(`UPDATE "order" SET is_draft_order = true, status = 'draft' WHERE id = ?`, [id("draft@")])
    await db().raw(`UPDATE "order" SET created_at = now() - interval '100 days' WHERE id = ?`, [id("old@")])
    const returned = async (orderId: string, name: string, quantity: number) =>
      db().raw(
        `UPDATE order_item SET return_received_quantity = ? FROM order_line_item li
          WHERE li.id = order_item.item_id AND order_item.order_id = ? AND li.product_id = ?`,
        [quantity, orderId, product(name)]
      )
    await returned(id("b@"), "cup", 2)
    await returned(id("c@"), "kettle", 1)

    const units = await unitsSoldSince(db(), { since: new Date(Date.now() - 90 * 86_400_000) })
    const mine = [...units].filter(([productId]) => productId.startsWith(`prod_${tag}_`)).sort()
    expect(mine).toEqual([
      [product("cup"), 2],
      [product("tea"), 3],
    ])
  })
}

export default ordersNextSteps
