// `npm run build`: builds every workspace package, each after the @touchpoints packages it depends on (the
// plugins compile against @touchpoints/core's built output and types, and npm's own workspace order is
// alphabetical: also-bought before core).
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { run } from "./processes.mjs"

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..")

/** The workspace packages with the @touchpoints packages each one builds against. */
export function workspacePackages() {
  const folders = [
    ...readdirSync(join(root, "plugins")).map((name) => join("plugins", name)),
    "storefront-widgets",
  ].filter((folder) => existsSync(join(root, folder, "package.json")))
  return folders.map((folder) => {
    const manifest = JSON.parse(readFileSync(join(root, folder, "package.json"), "utf8"))
    const needs = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }).filter((name) =>
      name.startsWith("@touchpoints/")
    )
    return { folder, name: manifest.name, needs, buildable: Boolean(manifest.scripts?.build) }
  })
}

/** Dependencies first; a cycle is a mistake in the manifests and stops the build. */
export function buildOrder(packages) {
  const byName = new Map(packages.map((entry) => [entry.name, entry]))
  const ordered = []
  const state = new Map()
  const visit = (entry, trail) => {
    if (state.get(entry.name) === "done") return
    if (state.get(entry.name) === "visiting")
      throw new Error(`dependency cycle: ${[...trail, entry.name].join(" -> ")}`)
    state.set(entry.name, "visiting")
    for (const need of entry.needs) {
      const dependency = byName.get(need)
      if (dependency) visit(dependency, [...trail, entry.name])
    }
    state.set(entry.name, "done")
    ordered.push(entry)
  }
  for (const entry of packages) visit(entry, [])
  return ordered
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const entry of buildOrder(workspacePackages()).filter((candidate) => candidate.buildable)) {
    await run("npm", ["run", "build", "--silent", "--workspace", entry.folder], { cwd: root })
  }
}
