// Route discovery: every plugins/*/src/api/**/route.ts is a route; its path comes from the folders
// ([id] becomes :id) and its methods from the exported handlers. Field names for generated bodies come
// from the zod objects in the plugin's validators, so a new route or field is fuzzed without a list.
import { readdirSync, readFileSync } from "node:fs"
import { join, relative, sep } from "node:path"

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]

/** All routes of all plugins: { plugin, path, params, methods, file }. */
export function discoverRoutes(root) {
  const plugins = join(root, "plugins")
  const routes = []
  for (const plugin of readdirSync(plugins).sort()) {
    const api = join(plugins, plugin, "src/api")
    let files
    try {
      files = readdirSync(api, { recursive: true })
    } catch {
      continue
    }
    for (const file of files.filter((f) => f.endsWith(`${sep}route.ts`) || f === "route.ts").sort()) {
      const source = readFileSync(join(api, file), "utf8")
      const methods = METHODS.filter((method) =>
        new RegExp(`export\\s+(async\\s+)?(function|const)\\s+${method}\\b`).test(source)
      )
      const segments = file.split(sep).slice(0, -1)
      const path = `/${segments.map((s) => s.replace(/^\[(.+)\]$/, ":$1")).join("/")}`
      const params = segments.filter((s) => s.startsWith("[")).map((s) => s.slice(1, -1))
      routes.push({ plugin, path, params, methods, file: relative(root, join(api, file)) })
    }
  }
  return routes
}

/** Field names used in the plugins' zod schemas (`name: z.`), the vocabulary of generated bodies. */
export function discoverFields(root) {
  const fields = new Set()
  const plugins = join(root, "plugins")
  for (const plugin of readdirSync(plugins)) {
    let files
    try {
      files = readdirSync(join(plugins, plugin, "src/api"), { recursive: true })
    } catch {
      continue
    }
    for (const file of files.filter((f) => /validators?\.ts$/.test(f))) {
      const source = readFileSync(join(plugins, plugin, "src/api", file), "utf8")
      for (const match of source.matchAll(/^\s*([a-z_][a-z0-9_]*)\s*:\s*[A-Za-z_]/gm)) {
        fields.add(match[1])
      }
    }
  }
  return [...fields].sort()
}

/** What kind of id a path param holds: `:id` and `:token` take the name of the collection before them. */
export function paramKind(path, param) {
  if (param !== "id" && param !== "token") {
    return param.replace(/_id$/, "")
  }
  const segments = path.split("/")
  const at = segments.indexOf(`:${param}`)
  return `${segments[at - 1]}:${param}`
}
