import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { flushGroupCache } from "../../../../../../lib/group-cache"
import { setNextStepsReplacementWorkflow } from "../../../../../../workflows/owner-controls"
import type { PostReplacementType } from "../../../validators"

/**
 * Names the product a discontinued, unpublished or deleted product's page sends shoppers to (`null` clears
 * it); GET /store/next-steps?handle= then answers status 301 with it.
 */
export async function POST(req: AuthenticatedMedusaRequest<PostReplacementType>, res: MedusaResponse) {
  const { result } = await setNextStepsReplacementWorkflow(req.scope).run({
    input: { product_id: req.params.id, replacement_product_id: req.validatedBody.replacement_product_id },
  })
  flushGroupCache()
  res.json({ product_id: req.params.id, replacement_product_id: result })
}
