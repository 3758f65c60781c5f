import type { z } from "@medusajs/framework/zod"

/** Keys Medusa itself merges into every module's options (shared resources), not the shop owner's. */
const MEDUSA_INJECTED_KEYS = ["database"]

/** Where a plugin's options are documented: `@touchpoints/<name>` -> `plugins/<name>/README.md#options`. */
export function optionsDocsOf(plugin: string): string {
  const name = /^@touchpoints\/([\w-]+)$/.exec(plugin)?.[1]
  return name ? `plugins/${name}/README.md#options` : "docs/configuration.md"
}

/**
 * Parses a plugin's options (medusa-config `plugins[].options`) with its zod schema, throwing one error that
 * names every wrong option and where the options are documented:
 * `<plugin>: invalid plugin options: share.secret: ... (see plugins/<name>/README.md#options)`.
 */
export function parsePluginOptions<T extends z.ZodType>(
  plugin: string,
  schema: T,
  raw: unknown,
  docs = optionsDocsOf(plugin)
): z.output<T> {
  const own = Object.fromEntries(
    Object.entries((raw ?? {}) as Record<string, unknown>).filter(([key]) => !MEDUSA_INJECTED_KEYS.includes(key))
  )
  const result = schema.safeParse(own)
  if (result.success) {
    return result.data
  }
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.length ? issue.path.join(".") : "(root)"
    const keys = "keys" in issue && Array.isArray(issue.keys) ? ` ${issue.keys.join(", ")}` : ""
    return `${path}${keys}: ${issue.message}`
  })
  throw new Error(`${plugin}: invalid plugin options: ${problems.join("; ")} (see ${docs})`)
}
