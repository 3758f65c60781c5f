// Keeps what `next build` said about size: its duration and the route table with "First Load JS".
const { writeFileSync } = require("node:fs")
const { BUILD_REPORT } = require("./paths.cjs")

/** The lines from "Route (app)" to the middleware line. */
function routeTable(output) {
  const lines = output.split("\n")
  const from = lines.findIndex((line) => line.startsWith("Route (app)"))
  if (from < 0) return ""
  const to = lines.findIndex((line, index) => index > from && line.includes("Middleware"))
  return lines.slice(from, to < 0 ? undefined : to + 1).join("\n")
}

function saveBuildReport({ output, ms }) {
  writeFileSync(BUILD_REPORT, JSON.stringify({ buildMs: ms, table: routeTable(output) }, null, 2))
}

module.exports = { routeTable, saveBuildReport }
