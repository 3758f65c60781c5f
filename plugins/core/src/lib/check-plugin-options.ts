import { configuredPluginOptions, packageRootOf } from "./configured-plugin"

/**
 * Checks a plugin's own entry of the loaded medusa-config with `parse` (the plugin's zod parser, which throws one
 * error naming the plugin, the option and where it is documented). Call it from a file in the plugin's
 * `src/links/`: Medusa imports every plugin's links/ files before `medusa db:migrate` migrates anything (module
 * loaders do not run there) and on every boot, so a wrong option stops the command before a half-migrated
 * store. Does nothing when no config is loaded (unit tests) or the plugin is not registered under that name or
 * its folder; `fromDir` (the caller's `__dirname`) finds that folder.
 */
export function checkPluginOptions(name: string, fromDir: string, parse: (raw: unknown) => unknown): void {
  const entry = configuredPluginOptions(name, packageRootOf(name, fromDir))
  if (entry.found) parse(entry.options)
}
