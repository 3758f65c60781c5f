// Decides whether the workspace packages must be (re)built before the store can start.
import { existsSync, readdirSync, statSync } from "node:fs"
import { join } from "node:path"

/** Newest modification time of the files below `dir` (0 when it does not exist). */
function newestMtime(dir, skip = ["node_modules", ".medusa", "dist"]) {
  if (!existsSync(dir)) {
    return 0
  }
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skip.includes(entry.name)) {
      continue
    }
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path, skip) : statSync(path).mtimeMs)
  }
  return newest
}

/** The packages whose build output is missing or older than their newest source file. */
export function staleBuilds(root) {
  const packages = readdirSync(join(root, "plugins"))
    .filter((name) => existsSync(join(root, "plugins", name, "package.json")))
    .map((name) => ({
      name: `plugins/${name}`,
      src: join(root, "plugins", name, "src"),
      out: join(root, "plugins", name, ".medusa", "server"),
    }))
  packages.push({
    name: "storefront-widgets",
    src: join(root, "storefront-widgets", "src"),
    out: join(root, "storefront-widgets", "dist"),
  })
  return packages
    .filter(({ src, out }) => existsSync(src) && newestMtime(out, ["node_modules"]) < newestMtime(src))
    .map(({ name }) => name)
}

/**
 * Whether the host's production build (.medusa/server: compiled host code + admin with every
 * plugin's extensions) is missing or older than what goes into it.
 */
export function hostBuildStale(root) {
  const built = newestMtime(join(root, ".medusa", "server"), ["node_modules"])
  const inputs = [
    statSync(join(root, "medusa-config.ts")).mtimeMs,
    // The launcher and the seed run from the sources and are not part of the server build.
    newestMtime(join(root, "src"), ["node_modules", ".medusa", "dist", "launcher", "scripts"]),
    ...readdirSync(join(root, "plugins")).map((name) =>
      newestMtime(join(root, "plugins", name, ".medusa", "server"), [])
    ),
  ]
  return built < Math.max(...inputs)
}
