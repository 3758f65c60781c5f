#!/usr/bin/env node
// `prepack` of every workspace package: `npm pack` (and `npm publish`) must never write a tarball without code.
// Runs in the package's folder; builds it (after the @touchpoints packages it needs) unless its build output is
// newer than its sources, so `npm run pack:plugins` right after `npm run build` packs without building twice.
import { basename, dirname, relative, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { buildOrder, workspacePackages } from "./build.mjs"
import { staleBuilds } from "./build-state.mjs"
import { run } from "./processes.mjs"

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..")
const folder = relative(root, process.cwd())
const packages = workspacePackages()
const target = packages.find((entry) => entry.folder === folder)
if (!target) {
  throw new Error(`prepack: ${basename(process.cwd())} is not a workspace package of ${root}`)
}
// the package and what it builds against, dependencies first
const needed = new Set([target.name])
for (const entry of [...buildOrder(packages)].reverse()) {
  if (needed.has(entry.name)) for (const need of entry.needs) needed.add(need)
}
const stale = new Set(staleBuilds(root))
for (const entry of buildOrder(packages).filter((candidate) => needed.has(candidate.name) && candidate.buildable)) {
  if (stale.has(entry.folder)) {
    console.log(`prepack: building ${entry.name}`)
    await run("npm", ["run", "build", "--silent", "--workspace", entry.folder], { cwd: root })
  }
}
