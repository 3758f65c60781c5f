import { model } from "@medusajs/framework/utils"

/** How many counted orders hold both products of an unordered pair (product_a < product_b). */
export const PairCount = model
  .define("tp_ab_pair", {
    id: model.id({ prefix: "tpabq" }).primaryKey(),
    product_a: model.text(),
    product_b: model.text(),
    orders: model.number().default(0),
  })
  .indexes([
    { on: ["product_a", "product_b"], unique: true, where: "deleted_at IS NULL" },
    { on: ["product_b"], where: "deleted_at IS NULL" },
  ])
