import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markFeedbackAlertsSeenWorkflow } from "../../../../../workflows/mark-alerts-seen"
import type { PostFeedbackAlertsSeenType } from "../../validators"

/** Marks alerts seen; answers how many were unseen. */
export async function POST(req: MedusaRequest<PostFeedbackAlertsSeenType>, res: MedusaResponse) {
  const { result } = await markFeedbackAlertsSeenWorkflow(req.scope).run({ input: { ids: req.validatedBody.ids } })
  res.json({ marked: result })
}
