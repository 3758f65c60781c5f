// The survey scan (feedback's hourly send-surveys job): orders whose start event is old enough get their survey.
import type { ExecArgs } from "@medusajs/framework/types"
import { sendDueSurveys } from "@touchpoints/feedback/lib/send-due-surveys"
import { timeJob } from "./timed-job"

export default async function benchSurveyScan({ container }: ExecArgs) {
  await timeJob(container, {
    name: "survey scan (feedback)",
    rowsSql: `SELECT count(*) FROM "order" WHERE deleted_at IS NULL`,
    run: () => sendDueSurveys(container),
  })
}
