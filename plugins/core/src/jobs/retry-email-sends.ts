import type { MedusaContainer } from "@medusajs/framework/types"
import { retryDueEmailsWorkflow } from "../workflows/email/retry-due-emails"

/** At most this many sends per run: one run stays short even after a long SMTP outage. */
const SENDS_PER_RUN = 500

/** Every minute: failed sends after their back-off, and claims whose worker died, are attempted again. */
export default async function retryEmailSends(container: MedusaContainer) {
  await retryDueEmailsWorkflow(container).run({ input: { limit: SENDS_PER_RUN } })
}

export const config = {
  name: "touchpoints-core-retry-email-sends-job",
  schedule: "* * * * *",
}
