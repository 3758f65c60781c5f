import { model } from "@medusajs/framework/utils"

/**
 * A merchant's decision about one companion of a product: `pin` shows it first (pins in `position` order,
 * whatever the statistics say), `block` never shows it. One decision per product and companion.
 */
export const Curation = model
  .define("tp_ab_curation", {
    id: model.id({ prefix: "tpabc" }).primaryKey(),
    product_id: model.text(),
    companion_id: model.text(),
    action: model.enum(["pin", "block"]),
    position: model.number().default(0),
  })
  .indexes([{ on: ["product_id", "companion_id"], unique: true, where: "deleted_at IS NULL" }])
