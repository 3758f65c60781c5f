import { model } from "@medusajs/framework/utils"

/**
 * An order counted into the statistics, with the distinct products it counted for: counting is idempotent
 * (one row per order) and a cancellation takes off exactly what was added.
 */
export const CountedOrder = model
  .define("tp_ab_order", {
    id: model.id({ prefix: "tpabo" }).primaryKey(),
    order_id: model.text(),
    product_ids: model.json(),
  })
  .indexes([{ on: ["order_id"], unique: true, where: "deleted_at IS NULL" }])
