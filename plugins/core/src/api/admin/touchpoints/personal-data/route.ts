import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { personalDataExportOf } from "./export-answer"
import type { GetAdminPersonalDataType } from "./validators"

/** Everything Touchpoints keeps about a customer or an address, as JSON (the owner answers an access request). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetAdminPersonalDataType>, res: MedusaResponse) {
  const { customer_id, email } = req.validatedQuery as GetAdminPersonalDataType
  res.json({ personal_data: await personalDataExportOf(req.scope, { customer_id, email }, "person") })
}
