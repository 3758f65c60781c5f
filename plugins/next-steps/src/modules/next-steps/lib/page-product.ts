import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type MedusaDb, productStatus } from "@touchpoints/core/medusa-tables"
import { catalogueIndex } from "./catalogue-index"
import { type ProductFacets, productFacets } from "./product-facets"

/**
 * The facets of a product page's own product: from the catalogue index while the product is published (its
 * status read now, one indexed row: the index may be a rebuild behind), else read from Medusa (a draft, a
 * product the index does not have yet). Null when there is no such product.
 */
export async function pageProduct(scope: Pick<MedusaContainer, "resolve">, id: string): Promise<ProductFacets | null> {
  const [status, index] = await Promise.all([
    productStatus(scope.resolve<MedusaDb>(ContainerRegistrationKeys.PG_CONNECTION), id),
    catalogueIndex(scope),
  ])
  if (status === null) return null
  const indexed = status === "published" ? index.facets.get(id) : undefined
  return indexed ?? productFacets(scope.resolve(ContainerRegistrationKeys.QUERY), { id })
}
