import { existsSync, readFileSync, realpathSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { configManager } from "@medusajs/framework/config"

/** A plugin entry of medusa-config: a string, or `{ resolve, options }`. */
type PluginEntry = string | { resolve?: unknown; options?: unknown }

/** The loaded config's plugin entries, or null when no config is loaded (unit tests, scripts). */
function configuredPlugins(): PluginEntry[] | null {
  // `configManager.config` logs a warning (throws in production) before a config is loaded; `baseDir` is set
  // by the same `loadConfig` call and reads quietly.
  if (!configManager.baseDir) return null
  return (configManager.config.plugins ?? []) as PluginEntry[]
}

const realpath = (path: string) => (existsSync(path) ? realpathSync(path) : resolve(path))

/** The folder of the package named `name` that holds `fromDir` (its package.json), or null. */
export function packageRootOf(name: string, fromDir: string): string | null {
  for (let dir = resolve(fromDir); ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json")
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, "utf8")) as { name?: unknown }).name === name) return dir
      } catch {
        // an unreadable package.json on the way up is not ours
      }
    }
    if (dirname(dir) === dir) return null
  }
}

/**
 * The options a plugin is registered with in the loaded medusa-config: its entry matched by package name, or by
 * a path `resolve` that points at `packageRoot`. `{ found: false }` when no config is loaded or the plugin is
 * not registered.
 */
export function configuredPluginOptions(
  name: string,
  packageRoot: string | null = null
): { found: false } | { found: true; options: unknown } {
  const plugins = configuredPlugins()
  if (!plugins) return { found: false }
  const root = packageRoot ? realpath(packageRoot) : null
  for (const entry of plugins) {
    const target = typeof entry === "string" ? entry : entry.resolve
    if (typeof target !== "string") continue
    const byName = target === name
    const byPath = !!root && (target.startsWith(".") || target.startsWith("/")) && isRoot(target, root)
    if (byName || byPath) return { found: true, options: typeof entry === "string" ? {} : (entry.options ?? {}) }
  }
  return { found: false }
}

function isRoot(target: string, root: string): boolean {
  return realpath(resolve(configManager.baseDir, target)) === root
}
