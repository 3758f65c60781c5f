import { model } from "@medusajs/framework/utils"

/**
 * A product brand. Medusa has no brand model, so the suite ships one; products reach it through the
 * `product <-> brand` module link (src/links/product-brand.ts), a product having at most one brand.
 * The table is prefixed (`tp_brand`) so it cannot clash with a store's own brand module; the entity keeps the
 * plain name, so the linkable is `brand`, query reads `brand`/`brands` and links store `brand_id`.
 */
const Brand = model
  .define(
    { name: "Brand", tableName: "tp_brand" },
    {
      id: model.id({ prefix: "brand" }).primaryKey(),
      name: model.text().searchable(),
      handle: model.text(),
      description: model.text().nullable(),
      logo_url: model.text().nullable(),
      metadata: model.json().nullable(),
    }
  )
  .indexes([
    {
      name: "IDX_tp_brand_handle_unique",
      on: ["handle"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])

export default Brand
