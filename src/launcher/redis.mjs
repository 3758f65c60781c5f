// A Redis of the test run's own (Debian's redis-server on a private port, append-only file in a scratch folder),
// so the cluster tests can restart it as a production Redis restarts: with its data, and every client cut off.
import { spawn } from "node:child_process"
import { mkdirSync } from "node:fs"
import net from "node:net"

/** The command line that starts (or restarts) the private Redis; the cluster tests use the same one. */
export function privateRedisArgs({ port, dir }) {
  return ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "yes", "--dir", dir]
}

/**
 * Starts `redis-server` daemonized on `port` with its data in `dir`; resolves once it answers.
 * @returns {Promise<{ url: string, port: number, dir: string, stop: () => Promise<void> }>}
 */
export async function startPrivateRedis({ port, dir }) {
  mkdirSync(dir, { recursive: true })
  await new Promise((resolve, reject) => {
    const child = spawn("redis-server", [...privateRedisArgs({ port, dir }), "--daemonize", "yes"], { stdio: "ignore" })
    child.on("error", (error) => reject(new Error(`cannot start redis-server (${error.message}): install it`)))
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`redis-server exited ${code}`))))
  })
  await waitForRedis(port, 15_000)
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    dir,
    // whoever started it last (this run or a cluster test that restarted it), it stops on SHUTDOWN
    stop: () => sendCommand(port, "SHUTDOWN NOSAVE").catch(() => undefined),
  }
}

/** Resolves when a Redis on `port` answers PING, rejects after `timeoutMs`. */
export async function waitForRedis(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      if ((await sendCommand(port, "PING")).startsWith("+PONG")) return
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`no Redis answered on port ${port} within ${timeoutMs / 1000} s`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

function sendCommand(port, command) {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: "127.0.0.1", port, timeout: 2_000 })
    let reply = ""
    socket.once("connect", () => socket.write(`${command}\r\n`))
    socket.on("data", (chunk) => {
      reply += chunk
      socket.end()
    })
    socket.once("close", () => resolve(reply))
    socket.once("timeout", () => socket.destroy(new Error("timeout")))
    socket.once("error", reject)
  })
}
