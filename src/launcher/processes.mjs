// Small process helpers for the launcher scripts.
import { spawn } from "node:child_process"

/**
 * Runs a command to completion with inherited output (`quiet`: collected and resolved instead); rejects on a
 * non-zero exit, with the collected output as `error.output`.
 */
export function run(command, args, { env, cwd, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, cwd, stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit" })
    let output = ""
    child.stdout?.on("data", (chunk) => (output += chunk))
    child.stderr?.on("data", (chunk) => (output += chunk))
    child.on("error", reject)
    child.on("exit", (code) => {
      if (code === 0) return resolve(output)
      const error = new Error(`${command} ${args.join(" ")} exited ${code}\n${output.slice(-4000)}`)
      error.output = output
      reject(error)
    })
  })
}

/** Starts a long-running command in its own process group, so stopping it stops its children too. */
export function startGroup(command, args, { env, cwd, onOutput } = {}) {
  const child = spawn(command, args, { env, cwd, detached: true, stdio: ["ignore", "pipe", "pipe"] })
  child.stdout.on("data", (chunk) => onOutput?.(chunk.toString()))
  child.stderr.on("data", (chunk) => onOutput?.(chunk.toString()))
  const stop = (signal = "SIGTERM") =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) {
        return resolve()
      }
      const force = setTimeout(() => killGroup(child.pid, "SIGKILL"), 10_000)
      child.once("exit", () => {
        clearTimeout(force)
        resolve()
      })
      killGroup(child.pid, signal)
    })
  return { child, stop }
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal)
  } catch {
    // already gone
  }
}

/** Polls a URL until it answers 200, or fails after `timeoutMs`. */
export async function waitForHttp(url, { timeoutMs = 180_000, isAlive = () => true } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (!isAlive()) {
      throw new Error(`the server exited before ${url} answered`)
    }
    try {
      const response = await fetch(url)
      if (response.ok) {
        return
      }
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s`)
}
