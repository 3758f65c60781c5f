import type { MedusaContainer } from "@medusajs/framework/types"
import { UsageError } from "@touchpoints/core/lib"
import { rebuildAlsoBoughtStatisticsWorkflow } from "../workflows/rebuild-statistics"

export const REBUILD_USAGE = `usage: npm run touchpoints -- also-bought-rebuild

  Recounts the co-purchase statistics from every order in the store (imported history stays), like the nightly
  job and POST /admin/also-bought/rebuild.`

/** `also-bought-rebuild`: the full rebuild from the command line; prints the counts and `TOUCHPOINTS_REBUILD {json}`. */
export async function rebuildCommand(container: MedusaContainer, argv: string[]): Promise<void> {
  if (argv.length) throw new UsageError(`unexpected arguments: ${argv.join(" ")}`)
  const started = Date.now()
  const { result } = await rebuildAlsoBoughtStatisticsWorkflow(container).run()
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  console.log(`Rebuilt in ${seconds} s: ${result.orders} orders, ${result.products} products, ${result.pairs} pairs`)
  console.log(`TOUCHPOINTS_REBUILD ${JSON.stringify({ ...result, ms: Date.now() - started })}`)
}
