import { model } from "@medusajs/framework/utils"

/**
 * When a product last changed in a way that can change what a shopper can buy (its status, variants, prices,
 * stock, an order's reservations). A check that started before this time does not write its (older) answer.
 */
export const BuyableChange = model
  .define("tp_buyable_change", {
    id: model.id({ prefix: "tpbc" }).primaryKey(),
    product_id: model.text(),
    changed_at: model.dateTime(),
  })
  .indexes([{ on: ["product_id"], unique: true, where: "deleted_at IS NULL" }])
