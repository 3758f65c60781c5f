import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendDueSurveys } from "../lib/send-due-surveys"

/** Hourly (TP_FEEDBACK_SCAN_CRON): orders whose start event is `delayDays` old get their survey email. */
export default async function sendFeedbackSurveysJob(container: MedusaContainer) {
  const summary = await sendDueSurveys(container)
  if (summary.due) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`touchpoints feedback: ${summary.due} orders due, outcomes ${JSON.stringify(summary.outcomes)}`)
  }
}

export const config = {
  name: "touchpoints-feedback-send-surveys-job",
  schedule: process.env.TP_FEEDBACK_SCAN_CRON || "17 * * * *",
}
