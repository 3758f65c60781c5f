import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { runMembershipSync } from "../../../../lib/membership-sync"

/** Runs the customer membership sync now (mirror groups, offer emails) instead of waiting for the job. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await runMembershipSync(req.scope))
}
