// Starts the demo store exactly as a shop owner does (`npm start`, or `npm run start:cluster` on a Redis),
// on a given database and port, and waits for its TOUCHPOINTS_READY line.
import { createWriteStream } from "node:fs"
import { startGroup } from "../../src/launcher/processes.mjs"
import { root } from "../lib/server.mjs"

const READY = "TOUCHPOINTS_READY "
const READY_TIMEOUT_MS = 15 * 60_000 // a first start builds, migrates and seeds (~3 min, more on a busy machine)

/**
 * @param {{ cluster: boolean, databaseUrl: string, port: number, redisUrl?: string, env?: Record<string, string>, logFile: string, log: (line: string) => void }} options
 * @returns {Promise<{ ready: { storeUrl: string, publishableKey: string }, baseUrl: string, stop: () => Promise<number | null> }>}
 */
export async function startDeployment({ cluster, databaseUrl, port, redisUrl, env = {}, logFile, log }) {
  const script = cluster ? "src/launcher/cluster.mjs" : "src/launcher/start.mjs"
  const output = createWriteStream(logFile)
  let seen = ""
  const { REDIS_URL: _inherited, ...inherited } = process.env // one process means no Redis, whatever the shell has
  // node runs the launcher directly (what the npm script runs), so Ctrl-C (SIGINT) reaches the launcher itself
  const group = startGroup("node", [script], {
    cwd: root,
    env: {
      ...inherited,
      ...env,
      ...(cluster && { REDIS_URL: redisUrl }),
      DATABASE_URL: databaseUrl,
      PORT: String(port),
    },
    onOutput: (text) => {
      output.write(text)
      if (!seen.includes(READY)) seen += text
    },
  })
  const started = Date.now()
  log(`${cluster ? "npm run start:cluster" : "npm start"} on port ${port} (output in ${logFile})`)
  const ready = await new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const line = seen.split("\n").find((l) => l.startsWith(READY))
      if (line) {
        clearInterval(timer)
        resolve(JSON.parse(line.slice(READY.length)))
      } else if (group.child.exitCode !== null) {
        clearInterval(timer)
        reject(new Error(`${script} exited ${group.child.exitCode} before it was ready (see ${logFile})`))
      } else if (Date.now() - started > READY_TIMEOUT_MS) {
        clearInterval(timer)
        reject(new Error(`${script} was not ready within ${READY_TIMEOUT_MS / 60_000} minutes`))
      }
    }, 250)
  }).catch(async (error) => {
    await group.stop("SIGINT")
    output.end()
    throw error
  })
  log(`ready after ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return {
    ready,
    baseUrl: ready.storeUrl.replace(/\/store$/, ""),
    stop: async () => {
      await group.stop("SIGINT")
      output.end()
      return group.child.exitCode
    },
  }
}
