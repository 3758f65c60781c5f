// Stops the `next start` the setup began: its whole process group, by the id the setup wrote down.
const { existsSync, readFileSync, rmSync } = require("node:fs")
const { SERVER_PID } = require("./paths.cjs")

module.exports = async () => {
  if (!existsSync(SERVER_PID)) return
  const pid = Number(readFileSync(SERVER_PID, "utf8"))
  rmSync(SERVER_PID)
  try {
    process.kill(-pid, "SIGTERM")
  } catch (error) {
    if (error.code !== "ESRCH") throw error
  }
}
