// Gzipped size budget of the built files: prints a table, exits 1 when a file is over its budget.
// Usage: node size-budget.mjs            (after `node build.mjs`; the build runs it too)
import { readdirSync, readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"

const dist = join(dirname(fileURLToPath(import.meta.url)), "dist")
const KB = 1024

/**
 * Budgets in gzipped bytes: the bundle with every widget, the library entry (every class, nothing registered), and
 * each per-widget entry. Every entry carries the whole runtime (~6 KB); the wishlist widgets add ~7.5 KB together,
 * the heart alone ~3 KB (so product grids load `wishlist-button.js`, not `wishlist.js`); the recommendation
 * widgets (`<tp-also-bought>`, `<tp-bundle>`) ~3.5 KB, `<tp-next-steps>` ~2 KB, `<tp-feedback-survey>` ~2.3 KB
 * (two radio scales, the follow-up and their styles), `<tp-offer>` ~2.8 KB (banner and card styles, apply, copy,
 * link, emailed-link mode, its texts): the bundle went from 24 to 27 KB for it.
 */
export const budgets = {
  "touchpoints.js": 27 * KB,
  "index.js": 27 * KB,
  "feedback-survey.js": 9 * KB,
  "offer.js": 9 * KB,
  "also-bought.js": 10 * KB,
  "next-steps.js": 9 * KB,
  "wishlist.js": 14 * KB,
  "wishlist-button.js": 10 * KB,
  default: 8 * KB,
}

export function checkSizes({ log = console.log } = {}) {
  const files = readdirSync(dist).filter((name) => name.endsWith(".js"))
  if (files.length === 0) throw new Error(`No built files in ${dist}: run node build.mjs first`)
  let failed = 0
  log("file                 raw      gzip     budget")
  for (const name of files.sort()) {
    const raw = readFileSync(join(dist, name))
    const gz = gzipSync(raw, { level: 9 }).length
    const budget = budgets[name] ?? budgets.default
    const over = gz > budget
    if (over) failed++
    const cell = (bytes) => `${(bytes / KB).toFixed(2)} KB`.padEnd(9)
    log(`${name.padEnd(20)} ${cell(raw.length)}${cell(gz)}${cell(budget)}${over ? "OVER BUDGET" : "ok"}`)
  }
  return failed === 0
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!checkSizes()) {
    console.error("size budget exceeded")
    process.exit(1)
  }
}
