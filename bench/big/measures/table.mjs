// The one table bench:big prints: measure, target, figure, ratio, verdict (PASS, MISS, or "-" for a baseline).

const verdict = (pass) => (pass === null ? "-" : pass ? "PASS" : "MISS")
const ratioText = (ratio) => (ratio === null ? "" : typeof ratio === "number" ? ratio.toFixed(2) : ratio)

export function formatTable(rows) {
  const cells = [
    ["measure", "target", "figure", "ratio", ""],
    ...rows.map((r) => [r.measure, r.target, r.figure, ratioText(r.ratio), verdict(r.pass)]),
  ]
  const widths = cells[0].map((_, column) => Math.max(...cells.map((line) => line[column].length)))
  const line = (values) =>
    values
      .map((value, column) => value.padEnd(widths[column]))
      .join("  ")
      .trimEnd()
  return [line(cells[0]), widths.map((width) => "-".repeat(width)).join("  "), ...cells.slice(1).map(line)].join("\n")
}
