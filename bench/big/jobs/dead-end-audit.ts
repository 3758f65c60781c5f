// The next-steps dead-end audit over the whole catalogue, as `npm run touchpoints -- next-steps-audit` runs it.
import type { ExecArgs } from "@medusajs/framework/types"
import { nextStepsAuditCommand } from "@touchpoints/next-steps/commands/next-steps-audit"
import { timeJob } from "./timed-job"

export default async function benchDeadEndAudit({ container }: ExecArgs) {
  await timeJob(container, {
    name: "dead-end audit (next-steps)",
    rowsSql: "SELECT count(*) FROM product WHERE status = 'published' AND deleted_at IS NULL",
    run: async () => {
      // the command prints a line per dead end and a summary line: keep the summary, not 50,000 lines
      const print = console.log
      let summary: { checked?: number; dead_ends?: unknown[] } = {}
      console.log = (line: unknown) => {
        if (typeof line === "string" && line.startsWith("TOUCHPOINTS_AUDIT ")) summary = JSON.parse(line.slice(18))
      }
      try {
        await nextStepsAuditCommand(container, [])
      } finally {
        console.log = print
      }
      return { checked: summary.checked, dead_ends: summary.dead_ends?.length }
    },
  })
}
