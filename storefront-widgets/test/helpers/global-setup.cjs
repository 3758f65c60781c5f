// Builds dist/ (bundles, declarations, size budget) before the tests, so they never run against stale files.
const { spawnSync } = require("node:child_process")
const { join } = require("node:path")

module.exports = async () => {
  const build = spawnSync(process.execPath, [join(__dirname, "..", "..", "build.mjs")], { encoding: "utf8" })
  if (build.status !== 0) {
    throw new Error(`node storefront-widgets/build.mjs failed:\n${build.stdout}\n${build.stderr}`)
  }
}
