#!/usr/bin/env node
// Checks every relative link of every tracked Markdown file: the file (or folder) it names must be tracked too,
// and a `#anchor` into a Markdown file must name one of its headings (GitHub's slugs). Exits 1 listing the broken
// ones. `node src/checks/links.mjs [--root <dir>] [--allow-missing <path>]...`; `--allow-missing` lets one
// repository path be missing (a file another branch brings), and says so.
import { execFileSync } from "node:child_process"
import { readFileSync } from "node:fs"
import { dirname, join, normalize, posix, resolve } from "node:path"
import { fileURLToPath } from "node:url"

const FENCE = /^ {0,3}(`{3,}|~{3,})/
const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/
const HTML_ANCHOR = /<a\s[^>]*?\b(?:id|name)\s*=\s*["']([^"']+)["']/gi
const INLINE_LINK =
  /!?\[(?:[^[\]]|\[[^\]]*\])*\]\(\s*(<[^>]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)/
const HTML_LINK = /<(?:a|img)\s[^>]*?\b(?:href|src)\s*=\s*["']([^"']+)["']/gi
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i

/** The lines of a Markdown text outside fenced code blocks, as [line number, text] pairs. */
export function proseLines(markdown) {
  const lines = []
  let fence = null
  markdown.split(/\r?\n/).forEach((line, index) => {
    const opening = FENCE.exec(line)
    if (fence) {
      // a closing fence: the same character, at least as long, nothing after it
      if (opening && opening[1][0] === fence[0] && opening[1].length >= fence.length && /^\s*[`~]+\s*$/.test(line))
        fence = null
      return
    }
    if (opening) {
      fence = opening[1]
      return
    }
    lines.push([index + 1, line])
  })
  return lines
}

/** `line` with its code spans blanked out (a link in backticks is text, not a link). */
function withoutCodeSpans(line) {
  return line.replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, (span) => " ".repeat(span.length))
}

/** The text GitHub renders for a heading's Markdown: code spans kept verbatim, links and images their text, no tags. */
function headingText(markdown) {
  return markdown
    .split(/(`+[^`]*`+)/)
    .map((part, index) => {
      if (index % 2 === 1) return part.replace(/^`+\s?|\s?`+$/g, "")
      return part
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
        .replace(/<[^>]+>/g, "")
        .replace(/[*~]/g, "")
    })
    .join("")
}

/** GitHub's anchor for a heading's text: lower case, punctuation dropped, spaces to hyphens (github-slugger). */
export function slug(text) {
  return headingText(text)
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
    .replace(/ /g, "-")
}

/** Every anchor a Markdown file offers: its headings' slugs (repeats numbered -1, -2...) and HTML ids. */
export function anchorsOf(markdown) {
  const anchors = new Set()
  const seen = new Map()
  for (const [, line] of proseLines(markdown)) {
    const heading = HEADING.exec(line)
    if (heading) {
      const base = slug(heading[2])
      const count = seen.get(base) ?? 0
      seen.set(base, count + 1)
      anchors.add(count === 0 ? base : `${base}-${count}`)
    }
    for (const [, id] of line.matchAll(HTML_ANCHOR)) anchors.add(id)
  }
  return anchors
}

/** The link targets of a Markdown file, in order: { line, target }. */
export function linksOf(markdown) {
  const links = []
  for (const [line, text] of proseLines(markdown)) {
    const prose = withoutCodeSpans(text)
    const definition = REFERENCE_DEFINITION.exec(prose)
    if (definition) links.push({ line, target: definition[1] })
    for (const [, target] of prose.matchAll(INLINE_LINK)) links.push({ line, target })
    for (const [, target] of prose.matchAll(HTML_LINK)) links.push({ line, target })
  }
  return links.map(({ line, target }) => ({ line, target: target.replace(/^<|>$/g, "") }))
}

/**
 * The broken relative links of `files` (repository paths, posix), read under `root`: [{ file, line, target, why }].
 * `allowMissing`: repository paths that may be missing (another branch brings them).
 */
export function brokenLinks(root, files, allowMissing = []) {
  const tracked = new Set(files)
  const folders = new Set(
    files.flatMap((file) =>
      file
        .split("/")
        .slice(0, -1)
        .map((_, i, parts) => parts.slice(0, i + 1).join("/"))
    )
  )
  const anchorCache = new Map()
  const anchorsIn = (file) => {
    if (!anchorCache.has(file)) anchorCache.set(file, anchorsOf(readFileSync(join(root, file), "utf8")))
    return anchorCache.get(file)
  }
  const broken = []
  for (const file of files.filter((name) => name.toLowerCase().endsWith(".md"))) {
    for (const { line, target } of linksOf(readFileSync(join(root, file), "utf8"))) {
      if (EXTERNAL.test(target)) continue
      const hash = target.indexOf("#")
      const pathPart = hash === -1 ? target : target.slice(0, hash)
      let path
      let anchor
      try {
        path = decodeURIComponent(pathPart.split("?")[0])
        anchor = hash === -1 ? null : decodeURIComponent(target.slice(hash + 1))
      } catch {
        broken.push({ file, line, target, why: "malformed percent-encoding" })
        continue
      }
      const resolved =
        path === ""
          ? file
          : posix
              .normalize(path.startsWith("/") ? path.slice(1) : posix.join(posix.dirname(file), path))
              .replace(/\/$/, "")
      if (resolved.startsWith("..")) {
        broken.push({ file, line, target, why: "outside the repository" })
        continue
      }
      if (!tracked.has(resolved) && !folders.has(resolved) && resolved !== ".") {
        if (!allowMissing.includes(resolved)) broken.push({ file, line, target, why: `no such file: ${resolved}` })
        continue
      }
      if (anchor !== null && anchor !== "" && resolved.toLowerCase().endsWith(".md") && tracked.has(resolved)) {
        if (!anchorsIn(resolved).has(anchor))
          broken.push({ file, line, target, why: `no heading #${anchor} in ${resolved}` })
      }
    }
  }
  return broken
}

function parseArguments(argv) {
  const options = { root: null, allowMissing: [] }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s)
    const value = () => inline ?? argv[++i]
    if (flag === "--root") options.root = value()
    else if (flag === "--allow-missing") options.allowMissing.push(normalize(value()).split("\\").join("/"))
    else
      throw new Error(`unknown argument ${argv[i]} (usage: check-links.mjs [--root <dir>] [--allow-missing <path>]...)`)
  }
  return options
}

function main() {
  const options = parseArguments(process.argv.slice(2))
  const root = resolve(options.root ?? join(dirname(fileURLToPath(import.meta.url)), "../.."))
  const files = execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })
    .split("\0")
    .filter(Boolean)
  const markdown = files.filter((file) => file.toLowerCase().endsWith(".md"))
  const broken = brokenLinks(root, files, options.allowMissing)
  for (const { file, line, target, why } of broken) console.log(`${file}:${line}: ${target} (${why})`)
  for (const path of options.allowMissing) if (!files.includes(path)) console.log(`allowed although missing: ${path}`)
  console.log(
    `check-links: ${markdown.length} Markdown files, ${broken.length} broken link${broken.length === 1 ? "" : "s"}`
  )
  process.exitCode = broken.length === 0 ? 0 : 1
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
