// Gzipped size budget of the built files: prints what a page loads (an entry plus the shared chunks it imports),
// exits 1 when a load is over its budget or when two or three widgets cost as much as the whole bundle.
// Usage: node size-budget.mjs            (after `node build.mjs`; the build runs it too)
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { dirname, join, normalize } from "node:path"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"

const dist = join(dirname(fileURLToPath(import.meta.url)), "dist")
const KB = 1024

/**
 * Budgets in gzipped bytes of a page's load: the entry and every chunk it imports, each file gzipped on its own
 * (as a server sends them). The whole bundle (`touchpoints.js`) and the library (`index.js`) are one file each
 * with every widget (~27 KB). A per-widget entry loads the shared runtime (client, config, consent, tracking,
 * the base element and `localize`: ~6 KB, in chunks shared with the other per-widget entries) and its widget: the
 * wishlist widgets ~7.5 KB together, the heart alone ~3 KB, the recommendation widgets (`<tp-also-bought>`,
 * `<tp-bundle>`) ~3.5 KB, `<tp-next-steps>` ~2 KB, `<tp-feedback-survey>` ~2.3 KB, `<tp-offer>` ~2.8 KB. A
 * single entry costs ~1.3 KB more than as one file (its chunks are compressed apart and import by name), but a
 * page with two or three widgets loads the runtime once (see `pages`).
 */
export const budgets = {
  "touchpoints.js": 28 * KB,
  "index.js": 28 * KB,
  "feedback-survey.js": 10 * KB,
  "offer.js": 10.5 * KB,
  "also-bought.js": 12 * KB,
  "next-steps.js": 11 * KB,
  "wishlist.js": 17 * KB,
  "wishlist-button.js": 11.5 * KB,
  default: 9.5 * KB,
}

/** Pages that place several widgets, each loading its per-widget entries (shared chunks load once). */
export const pages = {
  "one widget (product grid: wishlist-button)": ["wishlist-button.js"],
  "two widgets (product page: also-bought + wishlist-button)": ["also-bought.js", "wishlist-button.js"],
  "three widgets (product page: also-bought + wishlist-button + next-steps)": [
    "also-bought.js",
    "wishlist-button.js",
    "next-steps.js",
  ],
}

const IMPORT = /(?:\bfrom|\bimport)\s*"(\.{1,2}\/[^"]+)"/g

/** The file and every file it imports statically, as paths relative to dist/. */
export function loadedFiles(entry, seen = new Set()) {
  if (seen.has(entry)) return seen
  seen.add(entry)
  const code = readFileSync(join(dist, entry), "utf8")
  for (const [, specifier] of code.matchAll(IMPORT)) {
    const file = normalize(join(dirname(entry), specifier))
    if (existsSync(join(dist, file))) loadedFiles(file, seen)
  }
  return seen
}

const gzipOf = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length
const rawOf = (file) => readFileSync(join(dist, file)).length
const sum = (files, size) => [...files].reduce((total, file) => total + size(file), 0)
const cell = (bytes) => `${(bytes / KB).toFixed(2)} KB`.padEnd(10)

export function checkSizes({ log = console.log } = {}) {
  const entries = readdirSync(dist).filter((name) => name.endsWith(".js"))
  if (entries.length === 0) throw new Error(`No built files in ${dist}: run node build.mjs first`)
  let failed = 0
  log("entry (with its chunks)   files raw       gzip      budget")
  for (const name of entries.sort()) {
    const files = loadedFiles(name)
    const gz = sum(files, gzipOf)
    const budget = budgets[name] ?? budgets.default
    const over = gz > budget
    if (over) failed++
    log(
      `${name.padEnd(25)} ${String(files.size).padEnd(5)} ${cell(sum(files, rawOf))}${cell(gz)}${cell(budget)}${over ? "OVER BUDGET" : "ok"}`
    )
  }
  const whole = sum(loadedFiles("touchpoints.js"), gzipOf)
  log(`\nwhole bundle (touchpoints.js and its chunks): ${cell(whole).trim()} gzip`)
  for (const [page, wanted] of Object.entries(pages)) {
    const files = new Set(wanted.flatMap((entry) => [...loadedFiles(entry)]))
    const gz = sum(files, gzipOf)
    // a page with several widgets must still load less than everything: the point of per-widget entries
    const over = wanted.length > 1 && gz >= whole
    if (over) failed++
    log(`${page}: ${cell(gz).trim()} gzip in ${files.size} files${over ? "  NOT LESS THAN THE WHOLE BUNDLE" : ""}`)
  }
  return failed === 0
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!checkSizes()) {
    console.error("size budget exceeded")
    process.exit(1)
  }
}
