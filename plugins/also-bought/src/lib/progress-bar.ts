/**
 * A progress bar on a terminal (redrawn in place), or a line per 10% when the output is a file or a CI log.
 */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr) {
  let lastDecile = -1
  return (done: number, total: number, detail = "") => {
    const ratio = total > 0 ? Math.min(1, done / total) : 1
    const percent = Math.floor(ratio * 100)
    if (stream.isTTY) {
      const width = 30
      const filled = Math.round(ratio * width)
      stream.write(`\r${label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${percent}% ${detail}   `)
      if (ratio >= 1) stream.write("\n")
      return
    }
    const decile = Math.floor(percent / 10)
    if (decile > lastDecile) {
      lastDecile = decile
      stream.write(`${label} ${percent}% ${detail}\n`)
    }
  }
}
