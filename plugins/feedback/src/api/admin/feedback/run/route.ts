import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendDueSurveys } from "../../../../lib/send-due-surveys"
import { sendFeedbackFollowUps } from "../../../../lib/send-follow-ups"

/** Runs the survey scan and the follow-ups now (the jobs do it hourly and every 5 minutes). */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const surveys = await sendDueSurveys(req.scope)
  const followUps = await sendFeedbackFollowUps(req.scope)
  res.json({ surveys, follow_ups: followUps })
}
