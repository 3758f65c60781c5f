// The setup's steps: build the widgets, install the example, build it, start it. Each prints its time.
const { spawn, spawnSync } = require("node:child_process")
const { existsSync, readdirSync, statSync, rmSync, openSync, writeFileSync } = require("node:fs")
const { join } = require("node:path")
const { EXAMPLE, WIDGETS, PORT, SERVER_LOG, SERVER_PID } = require("./paths.cjs")

const seconds = (start) => `${((Date.now() - start) / 1000).toFixed(1)} s`

function run(label, command, args, options = {}) {
  const start = Date.now()
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, ...options })
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status}):\n${output}`)
  console.log(`[nextjs-example] ${label}: ${seconds(start)}`)
  return { output, ms: Date.now() - start }
}

/** The newest modification time of any file below `dir` (0 when it does not exist). */
function newest(dir) {
  if (!existsSync(dir)) return 0
  let latest = statSync(dir).mtimeMs
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs)
  }
  return latest
}

function buildWidgets() {
  if (existsSync(join(WIDGETS, "dist", "next.js"))) return
  run("node storefront-widgets/build.mjs", process.execPath, [join(WIDGETS, "build.mjs")])
}

/** `npm install` when node_modules is missing or older than the manifests or the widgets' dist (copied, not linked). */
function installExample() {
  const marker = join(EXAMPLE, "node_modules", ".package-lock.json")
  const installed = existsSync(marker) ? statSync(marker).mtimeMs : 0
  const inputs = Math.max(
    statSync(join(EXAMPLE, "package.json")).mtimeMs,
    statSync(join(EXAMPLE, "package-lock.json")).mtimeMs,
    newest(join(WIDGETS, "dist"))
  )
  if (installed >= inputs) return
  // install-links copies the package: a stale copy is only replaced when it is gone
  rmSync(join(EXAMPLE, "node_modules", "@touchpoints"), { recursive: true, force: true })
  run("npm install", "npm", ["install", "--no-audit", "--no-fund"], { cwd: EXAMPLE })
}

function nextBin() {
  return join(EXAMPLE, "node_modules", "next", "dist", "bin", "next")
}

function buildExample(env) {
  const { output, ms } = run("next build", process.execPath, [nextBin(), "build"], { cwd: EXAMPLE, env })
  console.log(output)
  return { output, ms }
}

/** Answers once `url` answers at all (any status), or throws after `timeoutMs`. */
async function waitFor(url, timeoutMs) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    try {
      await fetch(url)
      return
    } catch {
      await new Promise((done) => setTimeout(done, 250))
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s (log: ${SERVER_LOG})`)
}

/** `next start` in a process group of its own (the teardown stops the group by its id). */
async function startExample(env) {
  const start = Date.now()
  const origin = `http://localhost:${PORT}`
  const taken = await fetch(origin).then(
    () => true,
    () => false
  )
  if (taken) throw new Error(`Port ${PORT} is taken: set TP_NEXT_PORT to a free port`)
  const log = openSync(SERVER_LOG, "w")
  const child = spawn(process.execPath, [nextBin(), "start", "-p", String(PORT)], {
    cwd: EXAMPLE,
    env,
    detached: true,
    stdio: ["ignore", log, log],
  })
  child.unref()
  writeFileSync(SERVER_PID, String(child.pid))
  await waitFor(`${origin}/privacy`, 60_000)
  console.log(`[nextjs-example] next start on ${origin}: ${seconds(start)} (pid ${child.pid})`)
}

module.exports = { buildWidgets, installExample, buildExample, startExample }
