// An admin of a bench store: made with Medusa's own CLI (once; "already exists" on later runs), then logged in
// for real. Answers the headers of its bearer token.
import { spawnSync } from "node:child_process"
import { root } from "./server.mjs"

/**
 * `server`: what startBenchServer answered (its `env` runs the CLI on the store's database with its signing
 * secret). `create: false` only logs in (an admin the demo seed made).
 */
export async function adminHeaders(server, admin, { create = true } = {}) {
  if (create) {
    const made = spawnSync("npx", ["medusa", "user", "-e", admin.email, "-p", admin.password], {
      cwd: root,
      env: server.env,
      encoding: "utf8",
    })
    if (made.status !== 0 && !/already exists/i.test(`${made.stdout}${made.stderr}`)) {
      throw new Error(`medusa user failed (${made.status}):\n${made.stderr.slice(-2000)}`)
    }
  }
  const login = await fetch(`${server.url}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(admin),
  })
  const { token } = await login.json()
  if (!token) throw new Error(`admin login failed: ${login.status}`)
  return { authorization: `Bearer ${token}` }
}
