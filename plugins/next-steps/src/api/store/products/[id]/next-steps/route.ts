import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { cachedPage, pageAnswer } from "../../../../../lib/page-answer"
import { replacementOf } from "../../../../../lib/replacement"
import { pageProduct } from "../../../../../modules/next-steps/lib/page-product"
import type { GetNextStepsType } from "../../validators"

/**
 * Three groups of links for a product page (similar, the brand's popular products, for you), whatever the
 * product's state: in stock, sold out, discontinued or unpublished; with the owner's replacement when set.
 * Unknown id: 404 (pages by handle, also of deleted products: GET /store/next-steps?handle=).
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetNextStepsType>, res: MedusaResponse) {
  const body = await cachedPage(req, `product|${req.params.id}`, async (taste) => {
    const product = await pageProduct(req.scope, req.params.id)
    if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.id} was not found`)
    const answer = await pageAnswer(req, product, taste)
    return { product_id: product.id, ...answer, replacement: await replacementOf(req.scope, product.id) }
  })
  res.json(body)
}
