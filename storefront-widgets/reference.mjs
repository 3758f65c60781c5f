// The widget reference: custom-elements.json (the custom-elements manifest @custom-elements-manifest/analyzer
// makes from the elements' JSDoc) and REFERENCE.md (that manifest as Markdown). Both are committed.
//   node reference.mjs          write both here (npm run reference)
//   node reference.mjs --check  make both in a temporary folder, exit 1 when the committed ones differ (CI)
import { spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import { dirname, join, relative } from "node:path"
import { fileURLToPath } from "node:url"

const root = dirname(fileURLToPath(import.meta.url))
const MANIFEST = "custom-elements.json"
const REFERENCE = "REFERENCE.md"

/** Runs the analyzer (custom-elements-manifest.config.mjs) with its output in `folder`. */
function analyze(folder) {
  const cli = join(
    dirname(createRequire(import.meta.url).resolve("@custom-elements-manifest/analyzer/package.json")),
    "cem.js"
  )
  // the analyzer joins --outdir to the working directory, so an absolute folder is passed relative to it
  const args = [
    cli,
    "analyze",
    "--config",
    "custom-elements-manifest.config.mjs",
    "--outdir",
    relative(root, folder) || ".",
    "--quiet",
  ]
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8" })
  if (result.status !== 0) throw new Error(`cem analyze failed:\n${result.stdout}\n${result.stderr}`)
  return JSON.parse(readFileSync(join(folder, MANIFEST), "utf8"))
}

/** One table cell: one line, pipes escaped. */
const cell = (text) =>
  (text ?? "")
    .replace(/\s*\n\s*/g, " ")
    .replace(/\|/g, "\\|")
    .trim()

function table(headings, rows) {
  if (!rows.length) return []
  return [
    `| ${headings.join(" | ")} |`,
    `| ${headings.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.map(cell).join(" | ")} |`),
    "",
  ]
}

function section(title, headings, rows, empty) {
  return [`### ${title}`, "", ...(rows.length ? table(headings, rows) : [empty, ""])]
}

const LIFECYCLE = new Set(["connectedCallback", "disconnectedCallback", "attributeChangedCallback", "adoptedCallback"])

/** Public instance members only: the element's API (not lifecycle callbacks, hooks or private fields). */
const isPublic = (member) =>
  !member.static && !member.privacy && !member.name.startsWith("#") && !LIFECYCLE.has(member.name)

function element(declaration, path) {
  const members = (declaration.members ?? []).filter(isPublic)
  const properties = members.filter((member) => member.kind === "field")
  const methods = members.filter((member) => member.kind === "method")
  const code = (text) => `\`${text}\``
  return [
    `## ${code(`<${declaration.tagName}>`)}`,
    "",
    cell(declaration.description),
    "",
    `Class ${code(declaration.name)} in [${path}](${path}).`,
    "",
    ...section(
      "Attributes",
      ["attribute", "description"],
      (declaration.attributes ?? []).map((attribute) => [code(attribute.name), attribute.description]),
      "None."
    ),
    ...section(
      "Properties",
      ["property", "type", "description"],
      properties.map((field) => [
        code(field.name),
        field.type ? code(field.type.text) : "",
        `${field.readonly ? "(read-only) " : ""}${field.description ?? ""}`,
      ]),
      "None."
    ),
    ...section(
      "Methods",
      ["method", "returns", "description"],
      methods.map((method) => [
        code(`${method.name}()`),
        method.return?.type ? code(method.return.type.text) : "",
        method.description,
      ]),
      "None."
    ),
    ...section(
      "Events",
      ["event", "detail and when"],
      (declaration.events ?? []).map((event) => [code(event.name), event.description]),
      "None."
    ),
    ...section(
      "Slots",
      ["slot", "description"],
      (declaration.slots ?? []).map((slot) => [code(slot.name || "(default)"), slot.description]),
      "None: the element renders only into its shadow root and ignores its children."
    ),
    ...section(
      "CSS parts",
      ["part", "description"],
      (declaration.cssParts ?? []).map((part) => [code(part.name), part.description]),
      "None."
    ),
    ...section(
      "CSS custom states",
      ["state", "description"],
      (declaration.cssStates ?? []).map((state) => [code(`:state(${state.name})`), state.description]),
      "None."
    ),
    ...section(
      "CSS custom properties",
      ["property", "description"],
      (declaration.cssProperties ?? []).map((property) => [code(property.name), property.description]),
      "None."
    ),
  ]
}

/** REFERENCE.md from the manifest: the elements by tag name. */
export function render(manifest) {
  const elements = manifest.modules
    .flatMap((module) => (module.declarations ?? []).map((declaration) => ({ declaration, path: module.path })))
    .filter(({ declaration }) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.declaration.tagName.localeCompare(b.declaration.tagName))
  const lines = [
    "# Widget reference",
    "",
    "<!-- Generated by `npm run reference --workspace storefront-widgets` from custom-elements.json: do not edit. -->",
    "",
    `Every custom element of \`@touchpoints/widgets\`: its attributes, properties, methods, events, slots, CSS parts,
custom states and custom properties, from the JSDoc in \`src/*/*.element.ts\` (read by
[@custom-elements-manifest/analyzer](https://custom-elements-manifest.open-wc.org/) into
[custom-elements.json](custom-elements.json)). How to place, configure and theme the widgets: [README.md](README.md).`,
    "",
    ...elements.map(({ declaration }) => `- [\`<${declaration.tagName}>\`](#${declaration.tagName})`),
    "",
    ...elements.flatMap(({ declaration, path }) => element(declaration, path)),
  ]
  return `${lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`
}

function generate(folder) {
  const manifest = analyze(folder)
  // the analyzer lists modules in the order its file search found them, which varies from run to run
  manifest.modules.sort((a, b) => a.path.localeCompare(b.path))
  writeFileSync(join(folder, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)
  writeFileSync(join(folder, REFERENCE), render(manifest))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!process.argv.includes("--check")) {
    generate(root)
    console.log(`wrote ${MANIFEST} and ${REFERENCE}`)
  } else {
    const folder = mkdtempSync(join(tmpdir(), "tp-reference-"))
    try {
      generate(folder)
      const stale = [MANIFEST, REFERENCE].filter((name) => {
        const read = (dir) => {
          try {
            return readFileSync(join(dir, name), "utf8")
          } catch {
            return null
          }
        }
        return read(folder) !== read(root)
      })
      if (stale.length) {
        console.error(
          `storefront-widgets/${stale.join(" and ")} differ from the elements' JSDoc: run npm run reference --workspace storefront-widgets and commit the result`
        )
        process.exit(1)
      }
      console.log(`${MANIFEST} and ${REFERENCE} match the elements' JSDoc`)
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  }
}
