// Jobs, one worker: each job timed inside a store process of its own (`npx medusa exec`, no server running), with
// email over real SMTP to an in-process mail catcher (core's SMTP settings, as bench/cart-recovery does); target
// under 60 s each. A job that fails, or runs past BENCH_BIG_JOB_TIMEOUT_SECONDS (300: a job far over its target
// would hold the whole bench for hours), is a MISS row, and the others still run.
import { spawn } from "node:child_process"
import { createRequire } from "node:module"
import { root } from "../../lib/server.mjs"
import { row } from "./timing.mjs"

const { startMailCatcher } = createRequire(import.meta.url)("../../../src/mail-catcher/mail-catcher.cjs")
const SMTP_PORT = 2646
const LIMIT_MS = 60_000
const TIMEOUT_MS = Number(process.env.BENCH_BIG_JOB_TIMEOUT_SECONDS || 300) * 1000
/** Jobs with a target of their own: the snapshot refresh is hourly background work, not a shopper's wait. */
const TARGETS = { "buyable-refresh": { text: "< 15 min (hourly)", ms: 900_000 } }
export const JOBS = [
  "dead-end-audit",
  "segment-sync",
  "cart-scan",
  "wishlist-alerts",
  "survey-scan",
  "also-bought-rebuild",
]

/** Runs one exec script in a process group of its own, stopped whole at the timeout; resolves with its output. */
function execJob(job, env) {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["medusa", "exec", `./bench/big/jobs/${job}.ts`], {
      cwd: root,
      env,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    })
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      process.kill(-child.pid, "SIGKILL")
    }, TIMEOUT_MS)
    child.on("error", reject)
    child.on("exit", (code) => {
      clearTimeout(timer)
      if (code === 0) return resolve(output)
      const why = timedOut ? `stopped after ${TIMEOUT_MS / 1000} s` : `exited ${code}`
      reject(new Error(`${why}\n${output.slice(-3000)}`))
    })
  })
}

/**
 * @param {{ env: Record<string, string>, log: (line: string) => void, jobs?: string[] }} options (env: the
 * store's; jobs: JOBS unless named)
 */
export async function measureJobs({ env, log, jobs = JOBS }) {
  const catcher = await startMailCatcher({ smtpPort: SMTP_PORT, web: false })
  const rows = []
  const figures = {}
  try {
    for (const job of jobs) {
      const target = TARGETS[job] ?? { text: "< 60 s", ms: LIMIT_MS }
      log(`job ${job} (medusa exec)`)
      try {
        const output = await execJob(job, { ...env, TP_SMTP_HOST: "127.0.0.1", TP_SMTP_PORT: String(SMTP_PORT) })
        const line = output.split("\n").find((entry) => entry.startsWith("BENCH_BIG_JOB "))
        if (!line) throw new Error(`no BENCH_BIG_JOB line:\n${output.slice(-2000)}`)
        const result = JSON.parse(line.slice("BENCH_BIG_JOB ".length))
        figures[job] = result
        rows.push(
          row(
            `job: ${result.job}`,
            target.text,
            `${(result.ms / 1000).toFixed(1)} s, ${result.rows.toLocaleString("en-US")} rows, peak ${result.peak_rss_mb} MB`,
            null,
            result.ms < target.ms
          )
        )
      } catch (error) {
        figures[job] = { error: error.message.slice(0, 4000) }
        rows.push(row(`job: ${job}`, target.text, `failed: ${error.message.split("\n")[0].slice(0, 80)}`, null, false))
      }
    }
    figures.emails_received = catcher.received()
  } finally {
    await catcher.stop()
  }
  return { rows, figures }
}
