import type { MedusaContainer } from "@medusajs/framework/types"
import { sendFeedbackFollowUps } from "../lib/send-follow-ups"

/** Every 5 minutes: settled answers get their follow-up (owner alert for detractors, thank-you for promoters). */
export default async function sendFeedbackFollowUpsJob(container: MedusaContainer) {
  await sendFeedbackFollowUps(container)
}

export const config = {
  name: "touchpoints-feedback-send-follow-ups-job",
  schedule: "*/5 * * * *",
}
