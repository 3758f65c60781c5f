#!/usr/bin/env node
// `npm run pack:plugins [-- --destination <folder>]`: one tarball per Touchpoints package (seven plugins and the
// widgets) in dist/packages/, ready for a store's vendor/ folder or a private registry. Each package's prepack
// builds it when its sources are newer than its build.
import { mkdirSync, readdirSync, rmSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { buildOrder, workspacePackages } from "./build.mjs"
import { run } from "./processes.mjs"

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..")
const flag = process.argv.indexOf("--destination")
const destination = resolve(flag > 0 ? process.argv[flag + 1] : join(root, "dist", "packages"))

mkdirSync(destination, { recursive: true })
for (const old of readdirSync(destination).filter((file) => file.startsWith("touchpoints-") && file.endsWith(".tgz"))) {
  rmSync(join(destination, old))
}
// dependencies first, so each prepack finds what it builds against already built
for (const entry of buildOrder(workspacePackages())) {
  await run("npm", ["pack", "--silent", "--workspace", entry.folder, "--pack-destination", destination], {
    cwd: root,
    quiet: true,
  })
}
const tarballs = readdirSync(destination).filter((file) => file.startsWith("touchpoints-") && file.endsWith(".tgz"))
console.log(`${tarballs.length} packages in ${destination}:\n${tarballs.map((file) => `  ${file}`).join("\n")}`)
