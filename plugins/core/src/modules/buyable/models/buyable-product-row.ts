import { model } from "@medusajs/framework/utils"

/**
 * What a shopper in one region and sales channel can buy of one product, as last checked by Medusa's own
 * pricing and inventory (core's `buyableProducts`): `buyable` false, or true with the `product` a link shows
 * (title, handle, thumbnail, the one-click variant, stock and price). Keys are "" for "no region" / "no channel".
 * A missing row is unknown (checked on the next read), never "not buyable".
 */
export const BuyableProductRow = model
  .define("tp_buyable_product", {
    id: model.id({ prefix: "tpbp" }).primaryKey(),
    product_id: model.text(),
    region_key: model.text(),
    sales_channel_key: model.text(),
    buyable: model.boolean(),
    product: model.json().nullable(),
    checked_at: model.dateTime(),
  })
  .indexes([
    { on: ["product_id", "region_key", "sales_channel_key"], unique: true, where: "deleted_at IS NULL" },
    { on: ["checked_at"] },
  ])
