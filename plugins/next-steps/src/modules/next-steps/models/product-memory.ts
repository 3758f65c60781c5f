import { model } from "@medusajs/framework/utils"

/**
 * What the plugin remembers of every product, so a page for a product that was unpublished or deleted can
 * still be built from what it was (category, brand, type, tags, collection), and the owner's replacement for it.
 * Kept current by product events and a nightly reconciliation.
 */
export const ProductMemory = model
  .define("tp_ns_product_memory", {
    id: model.id({ prefix: "tpnsm" }).primaryKey(),
    product_id: model.text(),
    handle: model.text(),
    title: model.text(),
    status: model.text(),
    discontinued: model.boolean().default(false),
    category_ids: model.json(),
    parent_category_ids: model.json(),
    type_id: model.text().nullable(),
    tag_ids: model.json(),
    collection_id: model.text().nullable(),
    brand_id: model.text().nullable(),
    brand_name: model.text().nullable(),
    /** When the product was deleted (null while it exists). */
    deleted_from_catalog_at: model.dateTime().nullable(),
    /** The product the owner sends shoppers to instead (a 301 for a gone product). */
    replacement_product_id: model.text().nullable(),
  })
  .indexes([
    { on: ["product_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["handle"], where: "deleted_at IS NULL" },
  ])
