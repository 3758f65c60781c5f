import { model } from "@medusajs/framework/utils"

/**
 * An owner's decision for one group of one product page: `pin` puts a product first in that group (by
 * position), `exclude` keeps it out of that group. `product_id` "*" applies to every product page.
 */
export const Curation = model
  .define("tp_ns_curation", {
    id: model.id({ prefix: "tpnsc" }).primaryKey(),
    product_id: model.text(),
    group: model.enum(["similar", "brand", "for_you"]),
    target_id: model.text(),
    action: model.enum(["pin", "exclude"]),
    position: model.number().default(0),
  })
  .indexes([{ on: ["product_id", "group", "target_id"], unique: true, where: "deleted_at IS NULL" }])
