import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { scanAbandonedCarts } from "../../../../lib/scan-abandoned-carts"

/** Runs the abandoned-cart scan now (the job runs it every 10 minutes): what was due and what became of it. */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const summary = await scanAbandonedCarts(req.scope)
  res.json({ summary })
}
