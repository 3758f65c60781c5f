import { model } from "@medusajs/framework/utils"

/**
 * An order counted into a profile; the unique order id makes `order.placed` redeliveries harmless.
 * `customer_id` is the order's customer (a guest's is Medusa's guest customer record), null when it has none.
 */
export const VisitorOrder = model
  .define("tp_visitor_order", {
    id: model.id({ prefix: "tpvo" }).primaryKey(),
    order_id: model.text(),
    profile_id: model.text(),
    customer_id: model.text().nullable(),
    currency_code: model.text(),
    total: model.bigNumber(),
    placed_at: model.dateTime(),
  })
  .indexes([{ on: ["order_id"], unique: true, where: "deleted_at IS NULL" }, { on: ["profile_id"] }])
