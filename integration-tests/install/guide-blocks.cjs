// The fenced code blocks of a guide that CI follows: ```sh ci (commands CI runs) and ```<lang> file=<path> (a
// file CI writes). Other blocks are for the reader only. Used by plain-store.spec.ts and bench/admin-size.
const { readFileSync } = require("node:fs")

const FENCE = /^```([^\n]*)\n([\s\S]*?)^```\s*$/gm

/** The blocks of `markdownFile` CI acts on, in document order. */
function guideBlocks(markdownFile) {
  const markdown = readFileSync(markdownFile, "utf8")
  const blocks = []
  for (const [, info, code] of markdown.matchAll(FENCE)) {
    const words = info.trim().split(/\s+/)
    const file = words.find((word) => word.startsWith("file="))
    if (file) blocks.push({ kind: "file", path: file.slice("file=".length), code })
    else if (words[0] === "sh" && words.includes("ci")) blocks.push({ kind: "run", code })
  }
  return blocks
}

module.exports = { guideBlocks }
