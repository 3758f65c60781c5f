// Every in-process cache of the plugins and its entry limit, found in the sources: a cache without a limit can
// grow without bound, so it is a MISS row.
import { readdirSync, readFileSync } from "node:fs"
import { join, relative } from "node:path"
import { root } from "../../lib/server.mjs"
import { row } from "./timing.mjs"

const CACHE_CALL = /createAnswerCache\(|new NodeCache\(/g

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === "__tests__" ? [] : sourceFiles(path)
    return /\.tsx?$/.test(entry.name) ? [path] : []
  })
}

/** The argument text of the call starting at `start` (up to its closing parenthesis). */
function callText(source, start) {
  let depth = 0
  for (let i = source.indexOf("(", start); i < source.length; i += 1) {
    if (source[i] === "(") depth += 1
    if (source[i] === ")" && --depth === 0) return source.slice(start, i + 1)
  }
  return source.slice(start)
}

export function cacheLimits() {
  const plugins = join(root, "plugins")
  const caches = []
  for (const plugin of readdirSync(plugins)) {
    const src = join(plugins, plugin, "src")
    for (const file of sourceFiles(src)) {
      const source = readFileSync(file, "utf8")
      // the factory itself: its limit is each caller's, listed at the call
      if (source.includes("export function createAnswerCache")) continue
      for (const match of source.matchAll(CACHE_CALL)) {
        const call = callText(source, match.index)
        const name = call.match(/name:\s*"([^"]+)"/)?.[1]
        const limit = call.match(/maxKeys:\s*([\d_]+)/)?.[1]
        const line = source.slice(0, match.index).split("\n").length
        caches.push({
          where: `${relative(root, file)}:${line}`,
          name: name ?? null,
          max_keys: limit ? Number(limit.replaceAll("_", "")) : null,
        })
      }
    }
  }
  const rows = caches.map((cache) =>
    row(
      `cache ${cache.name ?? cache.where.replace(/^plugins\//, "")}`,
      "an entry limit",
      cache.max_keys ? `${cache.max_keys.toLocaleString("en-US")} entries` : "no limit found",
      null,
      Boolean(cache.max_keys)
    )
  )
  return { rows, caches }
}
