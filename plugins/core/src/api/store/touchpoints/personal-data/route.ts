import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { personalDataExportOf } from "../../../admin/touchpoints/personal-data/export-answer"

/**
 * The logged-in customer's own export: what is tied to their account (its carts, orders, profile, lists, surveys,
 * consent changes and emails about them). Records known only by an address are not included: Medusa does not
 * verify addresses, so an account must not unlock what someone else did under the same address (the shop
 * exports those on request, from the admin).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customerId = req.auth_context?.actor_id
  if (!customerId) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Log in to download your data")
  }
  res.json({ personal_data: await personalDataExportOf(req.scope, { customer_id: customerId }, "account") })
}
