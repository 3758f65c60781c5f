import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import BrandModule from "../modules/brand"

/**
 * product <-> brand: a brand has many products (`brand.products`), a product at most one brand
 * (`product.brand`). The link module refuses a second brand for a product, so moving a product to another
 * brand dismisses the old link first (see workflows/brand/link-brand-products).
 */
export default defineLink(
  {
    linkable: ProductModule.linkable.product,
    isList: true,
  },
  BrandModule.linkable.brand,
  // Medusa names a link's table after the module keys. The table keeps the name it had before the brand module's
  // key became `touchpointsBrand`, so a store upgrading keeps its product-brand links (no copy, no dropped table).
  { database: { table: "product_product_brand_brand" } }
)
