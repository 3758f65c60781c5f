/**
 * The Medusa releases whose private schema the queries in this folder were run against (their contract tests,
 * integration-tests/medusa-tables/). A query here reads Medusa's own tables, which Medusa may change in any
 * release; widen this list only after the contract tests pass on the new release.
 */
export const TESTED_MEDUSA_VERSIONS: readonly string[] = ["2.21.0", "2.21.1", "2.21.2"]

type WarnLogger = { warn(message: string): void }

let checked = false

/**
 * The @medusajs/medusa version the host resolves (a peer dependency: the plugin finds the host's copy), or null
 * when it cannot be read (then nothing is claimed).
 */
export function installedMedusaVersion(): string | null {
  try {
    return (require("@medusajs/medusa/package.json") as { version?: string }).version ?? null
  } catch {
    return null
  }
}

/**
 * Warns once per process when the installed Medusa is not one the Medusa-table queries were tested with. Each
 * plugin that uses them calls this from its module loader, so the warning shows at boot, not at the first job.
 * It warns rather than refuses: an untested patch release usually works, and the shop owner decides.
 */
export function warnIfUntestedMedusa(logger: WarnLogger, plugin: string, version = installedMedusaVersion()): boolean {
  if (version === null || TESTED_MEDUSA_VERSIONS.includes(version)) return false
  if (checked) return true
  checked = true
  logger.warn(
    `[${plugin}] Medusa ${version} is installed, but Touchpoints' queries over Medusa's own tables were tested ` +
      `with ${TESTED_MEDUSA_VERSIONS.join(", ")} only. They may fail or answer wrongly if Medusa changed its ` +
      "schema: run the contract tests (integration-tests/medusa-tables) or use a tested release."
  )
  return true
}
