// Where the example, the widgets package and the files the setup leaves for the tests are.
const { join, resolve } = require("node:path")

const EXAMPLE = resolve(__dirname, "..", "..")
const WIDGETS = resolve(EXAMPLE, "..", "..")
const NEXT_DIR = join(EXAMPLE, ".next")

module.exports = {
  EXAMPLE,
  WIDGETS,
  /** `next build`'s duration and route table, for the tests to report. */
  BUILD_REPORT: join(NEXT_DIR, "touchpoints-build-report.json"),
  /** The `next start` process group id, for the teardown. */
  SERVER_PID: join(NEXT_DIR, "touchpoints-server.pid"),
  SERVER_LOG: join(NEXT_DIR, "touchpoints-server.log"),
  PORT: Number(process.env.TP_NEXT_PORT || 8740),
}
