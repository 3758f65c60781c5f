// The owner's reports: each admin route ~20 times in a row after one warm-up, one connection, as the owner
// opening the page; target p95 < 1 s. The admin is made with Medusa's own CLI and logs in for real.
import { spawnSync } from "node:child_process"
import { root } from "../../lib/server.mjs"
import { ms, row, summarise, timedGet } from "./timing.mjs"

const ADMIN = { email: "bench-big-owner@touchpoints.local", password: "bench-big-password" }

/** A bearer token of an admin user (made once; "already exists" on later runs). */
export async function adminHeaders(server) {
  const made = spawnSync("npx", ["medusa", "user", "-e", ADMIN.email, "-p", ADMIN.password], {
    cwd: root,
    env: server.env,
    encoding: "utf8",
  })
  if (made.status !== 0 && !/already exists/i.test(`${made.stdout}${made.stderr}`)) {
    throw new Error(`medusa user failed (${made.status}):\n${made.stderr.slice(-2000)}`)
  }
  const login = await fetch(`${server.url}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(ADMIN),
  })
  const { token } = await login.json()
  if (!token) throw new Error(`admin login failed: ${login.status}`)
  return { authorization: `Bearer ${token}` }
}

/** @param {{ server: object, productId: string, runs: number, log: (line: string) => void }} options */
export async function measureOwnerReports({ server, productId, runs, log }) {
  const headers = await adminHeaders(server)
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
