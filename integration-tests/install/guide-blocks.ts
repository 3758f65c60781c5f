import { readFileSync } from "node:fs"

/**
 * A fenced code block of a guide that CI follows: ```sh ci (commands CI runs) or ```<lang> file=<path> (a file
 * CI writes). Other blocks are for the reader only.
 */
export type GuideBlock = { kind: "run"; code: string } | { kind: "file"; path: string; code: string }

const FENCE = /^```([^\n]*)\n([\s\S]*?)^```\s*$/gm

/** The blocks of `markdownFile` CI acts on, in document order. */
export function guideBlocks(markdownFile: string): GuideBlock[] {
  const markdown = readFileSync(markdownFile, "utf8")
  const blocks: GuideBlock[] = []
  for (const [, info, code] of markdown.matchAll(FENCE)) {
    const words = info.trim().split(/\s+/)
    const file = words.find((word) => word.startsWith("file="))
    if (file) blocks.push({ kind: "file", path: file.slice("file=".length), code })
    else if (words[0] === "sh" && words.includes("ci")) blocks.push({ kind: "run", code })
  }
  return blocks
}
