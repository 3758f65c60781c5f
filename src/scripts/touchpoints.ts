import type { ExecArgs } from "@medusajs/framework/types"
import { IMPORT_ORDERS_USAGE, importOrdersCommand } from "@touchpoints/also-bought/commands/import-orders"
import { REBUILD_USAGE, rebuildCommand } from "@touchpoints/also-bought/commands/rebuild"
import { UsageError } from "@touchpoints/core/lib"
import { NEXT_STEPS_AUDIT_USAGE, nextStepsAuditCommand } from "@touchpoints/next-steps/commands/next-steps-audit"

const COMMANDS: Record<
  string,
  { usage: string; run: (container: ExecArgs["container"], argv: string[]) => Promise<void> }
> = {
  "import-orders": { usage: IMPORT_ORDERS_USAGE, run: importOrdersCommand },
  "also-bought-rebuild": { usage: REBUILD_USAGE, run: rebuildCommand },
  "next-steps-audit": { usage: NEXT_STEPS_AUDIT_USAGE, run: nextStepsAuditCommand },
}

/**
 * `npm run touchpoints -- <command> ...`: the suite's maintenance commands, run inside the store's container
 * (the launcher passes the arguments in TP_COMMAND_ARGS, out of the Medusa CLI's reach).
 */
export default async function touchpoints({ container }: ExecArgs) {
  const [name, ...argv] = JSON.parse(process.env.TP_COMMAND_ARGS ?? "[]") as string[]
  const command = COMMANDS[name]
  if (!command) {
    console.error(
      `unknown command "${name ?? ""}"; commands:\n\n${Object.values(COMMANDS)
        .map((c) => c.usage)
        .join("\n\n")}`
    )
    process.exitCode = 2
    return
  }
  try {
    await command.run(container, argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    console.error(`${error.message}\n\n${command.usage}`)
    process.exitCode = 2
  }
}
