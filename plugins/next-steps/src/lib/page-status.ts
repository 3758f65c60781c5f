import type { MedusaContainer } from "@medusajs/framework/types"
import type { ProductFacets } from "../modules/next-steps/lib/product-facets"
import { replacementOf } from "./replacement"

/**
 * The HTTP status a known product's page should have: 200 while it is live (published, not discontinued);
 * once gone (unpublished, discontinued or deleted) 301 to the owner's replacement when that is published, else 410.
 */
export async function pageStatus(scope: MedusaContainer, product: ProductFacets) {
  const gone = product.status !== "published" || product.discontinued
  const redirect = gone ? await replacementOf(scope, product.id) : null
  return { status: !gone ? 200 : redirect ? 301 : 410, redirect }
}
