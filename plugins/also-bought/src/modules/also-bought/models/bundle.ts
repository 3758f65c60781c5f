import { model } from "@medusajs/framework/utils"

/**
 * The Medusa promotion behind one bundle (a set of products and a discount): made the first time a shopper
 * adds that bundle, reused after. `bundle_key` is the sorted product ids, so a bundle reached from any of its
 * products is the same promotion.
 */
export const Bundle = model
  .define("tp_ab_bundle", {
    id: model.id({ prefix: "tpabb" }).primaryKey(),
    bundle_key: model.text(),
    product_ids: model.json(),
    discount_percent: model.float(),
    promotion_id: model.text(),
  })
  .indexes([{ on: ["bundle_key"], unique: true, where: "deleted_at IS NULL" }])
