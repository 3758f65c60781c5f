import { type ChildProcess, spawn } from "node:child_process"
import { join } from "node:path"

/** Whether a process id is alive (signal 0 only checks). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

async function until(check: () => boolean, timeoutMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (check()) return true
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return check()
}

/**
 * A launcher in miniature, as store.mjs is: it `run`s a long command (standing in for `medusa db:migrate`) and
 * stops on SIGTERM through `stopCommands`. It prints the command's pid once the command runs.
 */
function startLauncher(): Promise<{ launcher: ChildProcess; commandPid: number }> {
  const processes = JSON.stringify(join(__dirname, "..", "processes.mjs"))
  const command = "console.log(process.pid); setInterval(() => {}, 1000)"
  const script = `import { run, stopCommands } from ${processes}
process.on("SIGTERM", () => { stopCommands(); setTimeout(() => process.exit(0), 200) })
run("npx", ["--no-install", "node", "-e", ${JSON.stringify(command)}], { ownGroup: true }).catch(() => {})`
  const launcher = spawn(process.execPath, ["--input-type=module", "-e", script], {
    stdio: ["ignore", "pipe", "inherit"],
  })
  return new Promise((resolve, reject) => {
    launcher.stdout?.on("data", (chunk: Buffer) => resolve({ launcher, commandPid: Number(chunk.toString().trim()) }))
    launcher.on("exit", (code) => reject(new Error(`the launcher exited ${code} first`)))
  })
}

describe("launcher processes", () => {
  it("should stop a command it runs when the launcher alone is stopped (no orphaned migration)", async () => {
    const { launcher, commandPid } = await startLauncher()
    expect(alive(commandPid)).toBe(true)
    launcher.kill("SIGTERM")
    const gone = await until(() => !alive(commandPid))
    if (!gone) process.kill(commandPid, "SIGKILL") // do not leave it behind when the test fails
    expect(gone).toBe(true)
  })
})
