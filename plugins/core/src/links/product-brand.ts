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
  BrandModule.linkable.brand
)
