// The owner's reports: each admin route ~20 times in a row after one warm-up, one connection, as the owner
// opening the page; target p95 < 1 s. The admin is made with Medusa's own CLI and logs in for real.
import { adminHeaders } from "../../lib/admin.mjs"
import { ms, row, summarise, timedGet } from "./timing.mjs"

const ADMIN = { email: "bench-big-owner@touchpoints.local", password: "bench-big-password" }

/** @param {{ server: object, productId: string, runs: number, log: (line: string) => void }} options */
export async function measureOwnerReports({ server, productId, runs, log }) {
  const headers = await adminHeaders(server, ADMIN)
  // name, path, the path as the table shows it
  const reports = [
    ["feedback report", "/admin/feedback/report"],
    ["offers funnel", "/admin/offers/stats"],
    ["wishlist stats", "/admin/wishlists/stats"],
    ["also-bought rules of a product", `/admin/also-bought/${productId}`, "/admin/also-bought/:product_id"],
  ]
  log(`owner's reports: ${reports.length} routes, ${runs} calls each after a warm-up`)
  const rows = []
  const figures = {}
  for (const [name, path, shown = path] of reports) {
    await timedGet(`${server.url}${path}`, headers)
    const samples = []
    for (let i = 0; i < runs; i += 1) samples.push(await timedGet(`${server.url}${path}`, headers))
    figures[name] = { path, ...summarise(samples) }
    rows.push(
      row(`report: ${name} (GET ${shown})`, "p95 < 1 s", `p95 ${ms(figures[name].p95)}`, null, figures[name].p95 < 1000)
    )
  }
  return { rows, figures }
}
