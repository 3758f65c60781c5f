import { logger } from "@medusajs/framework/logger"
import { configuredPluginOptions, packageRootOf } from "./configured-plugin"
import { demoSecretPaths, isProductionEnv, MAKE_A_SECRET } from "./shop-options"

/**
 * Checks a plugin's own entry of the loaded medusa-config with `parse` (the plugin's zod parser, which throws one
 * error naming the plugin, the option and where it is documented). Call it from a file in the plugin's
 * `src/links/`: Medusa imports every plugin's links/ files before `medusa db:migrate` migrates anything (module
 * loaders do not run there) and on every boot, so a wrong option stops the command before a half-migrated
 * store. Does nothing when no config is loaded (unit tests) or the plugin is not registered under that name or
 * its folder; `fromDir` (the caller's `__dirname`) finds that folder.
 *
 * A public demo signing secret stops a production server (the parser refuses it); anywhere else it only warns,
 * so the local demo keeps working.
 */
export function checkPluginOptions(
  name: string,
  fromDir: string,
  parse: (raw: unknown) => unknown,
  warn: (line: string) => void = (line) => logger.warn(line)
): void {
  const entry = configuredPluginOptions(name, packageRootOf(name, fromDir))
  if (!entry.found) return
  parse(entry.options)
  if (isProductionEnv()) return
  for (const path of demoSecretPaths(entry.options)) {
    warn(
      `${name}: option ${path} is a public demo value: fine on this machine, refused when NODE_ENV=production; ${MAKE_A_SECRET}`
    )
  }
}
