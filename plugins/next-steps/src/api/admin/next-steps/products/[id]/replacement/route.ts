import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setNextStepsReplacementWorkflow } from "../../../../../../workflows/set-replacement"
import type { PostReplacementType } from "../../../validators"

/**
 * Names the product a discontinued, unpublished or deleted product's page sends shoppers to (`null` clears
 * it); GET /store/next-steps?handle= then answers status 301 with it.
 */
export async function POST(req: AuthenticatedMedusaRequest<PostReplacementType>, res: MedusaResponse) {
  const { result } = await setNextStepsReplacementWorkflow(req.scope).run({
    input: { product_id: req.params.id, replacement_product_id: req.validatedBody.replacement_product_id },
  })
  res.json({ product_id: req.params.id, replacement_product_id: result })
}
