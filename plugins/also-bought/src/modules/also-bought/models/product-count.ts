import { model } from "@medusajs/framework/utils"

/** How many counted orders hold a product. The row with product_id "*" holds the number of all counted orders. */
export const ProductCount = model
  .define("tp_ab_product", {
    id: model.id({ prefix: "tpabp" }).primaryKey(),
    product_id: model.text(),
    orders: model.number().default(0),
  })
  .indexes([{ on: ["product_id"], unique: true, where: "deleted_at IS NULL" }])
