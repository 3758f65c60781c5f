// Small process helpers for the launcher scripts.
import { spawn } from "node:child_process"

/** Commands `run` has started and that are still running (a launcher stopping stops them too). */
const commands = new Set()

/**
 * Runs a command to completion with inherited output (`quiet`: collected and resolved instead); rejects on a
 * non-zero exit, with the collected output as `error.output`. `ownGroup` runs it in a process group of its own,
 * which `stopCommands` stops whole: for launchers that handle SIGINT/SIGTERM themselves and call it.
 */
export function run(command, args, { env, cwd, quiet = false, ownGroup = false } = {}) {
  return new Promise((resolve, reject) => {
    const stdio = quiet ? ["ignore", "pipe", "pipe"] : "inherit"
    const child = spawn(command, args, { env, cwd, stdio, detached: ownGroup })
    child.ownGroup = ownGroup
    commands.add(child)
    child.on("exit", () => commands.delete(child))
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

/**
 * Stops every command `run` still waits for: a launcher stopped mid-migration (SIGTERM to it alone) must not
 * leave `medusa db:migrate` running on without it. `npx` does not pass a signal on to the command it started,
 * so a command in its own group is stopped as a group.
 */
export function stopCommands(signal = "SIGTERM") {
  for (const child of commands) {
    if (child.ownGroup) killGroup(child.pid, signal)
    else child.kill(signal)
  }
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
