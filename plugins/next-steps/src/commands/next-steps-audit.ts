import { parseArgs } from "node:util"
import type { MedusaContainer } from "@medusajs/framework/types"
import { UsageError } from "@touchpoints/core/lib"
import { auditDeadEnds } from "../modules/next-steps/lib/dead-end-audit"

export const NEXT_STEPS_AUDIT_USAGE = `usage: npm run touchpoints -- next-steps-audit [--region <region id>] [--sales-channel <id>]

  Lists every published product whose page would show fewer links than configured in any group.`

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      strict: true,
      options: { region: { type: "string" }, "sales-channel": { type: "string" } },
    }).values
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}

/** Products per audit page: pages share what they read, so a large one only saves the per-page reads. */
const AUDIT_PAGE = 1_000

/** `next-steps-audit`: the dead-end audit over the whole catalog; prints a line per dead end and a summary. */
export async function nextStepsAuditCommand(container: MedusaContainer, argv: string[]): Promise<void> {
  const options = parse(argv)
  const deadEnds = []
  let checked = 0
  for (let offset = 0; ; offset += AUDIT_PAGE) {
    const page = await auditDeadEnds(container, {
      region_id: options.region,
      sales_channel_id: options["sales-channel"],
      limit: AUDIT_PAGE,
      offset,
    })
    checked += page.checked
    deadEnds.push(...page.dead_ends)
    if (page.checked < AUDIT_PAGE) break
  }
  for (const deadEnd of deadEnds) {
    const short = deadEnd.groups.filter((group) => group.links < group.wanted)
    console.log(
      `${deadEnd.handle}  ${short.map((group) => `${group.key} ${group.links}/${group.wanted}`).join(", ")}  ${deadEnd.reason}`
    )
  }
  console.log(`checked ${checked} published products: ${deadEnds.length} dead ends`)
  console.log(`TOUCHPOINTS_AUDIT ${JSON.stringify({ checked, dead_ends: deadEnds })}`)
}
