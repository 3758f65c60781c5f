import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { backfillCustomerOrdersWorkflow } from "../../../../../workflows/visitor/backfill-customer-orders"

/** Counts the store's existing orders into customer profiles (after installing into a store with history). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await backfillCustomerOrdersWorkflow(req.scope).run()
  res.json(result)
}
