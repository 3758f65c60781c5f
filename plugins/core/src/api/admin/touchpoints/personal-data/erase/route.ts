import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { erasePersonalDataWorkflow } from "../../../../../workflows/personal-data/erase-personal-data"
import type { PostAdminPersonalDataEraseType } from "../validators"

/**
 * Erases everything Touchpoints keeps about a customer or an address (but the hashed opt-out) and answers how many
 * records each plugin erased. Cannot be undone; running it again erases nothing more.
 */
export async function POST(req: AuthenticatedMedusaRequest<PostAdminPersonalDataEraseType>, res: MedusaResponse) {
  const { customer_id, email } = req.validatedBody
  const { result } = await erasePersonalDataWorkflow(req.scope).run({ input: { customer_id, email } })
  res.json({ erased: result.erased })
}
