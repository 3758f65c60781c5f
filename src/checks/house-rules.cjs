#!/usr/bin/env node
// The house plan's checked rules (docs/plugin-anatomy.md#checked-rules), run by `npm test`'s static phase:
//   1. a module's SQL names only the tables its module owns (Medusa's tables only in core's medusa-tables/);
//   2. nothing outside plugins/core imports a core path that core's package.json `exports` does not name;
//   3. every workflow and step id is `touchpoints-<plugin>-<name>`.
// Exits 1 listing every breach as `path:line  rule: what`.
const { execFileSync } = require("node:child_process")
const { readFileSync } = require("node:fs")
const { join } = require("node:path")

const SQL_KEYWORDS = new Set([
  "LATERAL",
  "ONLY",
  "SET",
  "SELECT",
  "VALUES",
  "UNNEST",
  "ROWS",
  "NOTHING",
  "CONFLICT",
  "SKIP",
  "OF",
  "NOWAIT",
])
const MEDUSA_TABLES_DIR = "plugins/core/src/medusa-tables/"

/** The string and template literals of a source file, each with the line it starts on. */
function stringLiterals(source) {
  const literals = []
  let line = 1
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === "\n") line++
    else if (c === "/" && source[i + 1] === "/") {
      while (i < source.length && source[i] !== "\n") i++
      line++
    } else if (c === "/" && source[i + 1] === "*") {
      const end = source.indexOf("*/", i + 2)
      const stop = end === -1 ? source.length : end + 2
      line += source.slice(i, stop).split("\n").length - 1
      i = stop - 1
    } else if (c === '"' || c === "'" || c === "`") {
      const start = line
      let text = ""
      let j = i + 1
      for (; j < source.length && source[j] !== c; j++) {
        if (source[j] === "\\") {
          text += source[j] + source[j + 1]
          j++
          continue
        }
        if (source[j] === "\n") line++
        text += source[j]
      }
      literals.push({ text, line: start })
      i = j
    }
  }
  return literals
}

/** Names a file's SQL defines with `name AS (...)`: CTEs, also when the WITH is built in another literal. */
function cteNames(texts) {
  const pattern = /\b([a-z_][a-z0-9_]*)\s+AS\s+(?:NOT\s+)?(?:MATERIALIZED\s+)?\(/gi
  return new Set(texts.flatMap((text) => [...text.matchAll(pattern)].map((m) => m[1])))
}

/** Table names an SQL text reads or writes: after FROM, JOIN, INTO, UPDATE; CTE names and functions left out. */
function sqlTables(sql, ctes = cteNames([sql])) {
  if (!/\b(SELECT|INSERT|UPDATE|DELETE)\b/.test(sql)) return []
  const tables = []
  for (const match of sql.matchAll(
    /(?<!DISTINCT\s+)\b(FROM|JOIN|INTO|UPDATE)\s+(?:ONLY\s+)?("?)([a-zA-Z_][a-zA-Z0-9_]*)\2(\s*\(|\.)?/g
  )) {
    const [, keyword, , name, after] = match
    // `FROM f(` is a function and `FROM a.b` a qualified column (IS NOT DISTINCT FROM r.x); `INTO t (` lists columns
    const notATable = after && (keyword !== "INTO" || after.trim() === ".")
    if (notATable || ctes.has(name) || SQL_KEYWORDS.has(name.toUpperCase())) continue
    tables.push(name)
  }
  return tables
}

/** The tables each module defines: `model.define("tp_x", ...)` or `{ tableName: "tp_x" }`, keyed by module dir. */
function ownedTables(files, read) {
  const owned = new Map()
  for (const file of files) {
    const m = file.match(/^(plugins\/[^/]+\/src\/modules\/[^/]+)\/models\//)
    if (!m) continue
    const source = read(file)
    const names = [
      ...[...source.matchAll(/model\s*\.define\(\s*"([a-z0-9_]+)"/g)].map((x) => x[1]),
      ...[...source.matchAll(/tableName:\s*"([a-z0-9_]+)"/g)].map((x) => x[1]),
    ]
    const set = owned.get(m[1]) ?? new Set()
    for (const name of names) set.add(name)
    owned.set(m[1], set)
  }
  return owned
}

/** Which tables a file's SQL may name: its module's, or (outside a module) every module's of its plugin. */
function allowedTablesFor(file, owned) {
  const inModule = file.match(/^(plugins\/[^/]+\/src\/modules\/[^/]+)\//)
  if (inModule) return owned.get(inModule[1]) ?? new Set()
  const plugin = file.match(/^(plugins\/[^/]+)\//)?.[1]
  const allowed = new Set()
  for (const [dir, tables] of owned) if (plugin && dir.startsWith(`${plugin}/`)) for (const t of tables) allowed.add(t)
  return allowed
}

const isTestFile = (file) => /\/__tests__\/|\.spec\.tsx?$|\.test\.tsx?$/.test(file)

function checkSqlOwnership(files, read) {
  const owned = ownedTables(files, read)
  const breaches = []
  for (const file of files) {
    if (!/^plugins\/[^/]+\/src\/.*\.tsx?$/.test(file) || isTestFile(file)) continue
    if (file.startsWith(MEDUSA_TABLES_DIR) || /\/migrations\//.test(file)) continue
    const allowed = allowedTablesFor(file, owned)
    const literals = stringLiterals(read(file))
    const ctes = cteNames(literals.map((literal) => literal.text))
    for (const literal of literals) {
      for (const table of sqlTables(literal.text, ctes)) {
        if (!allowed.has(table)) {
          breaches.push(`${file}:${literal.line}  sql: names table "${table}", which this module does not own`)
        }
      }
    }
  }
  return breaches
}

/** Core's public subpaths as matchers: `./lib` matches only itself, `./modules/*` one more path segment. */
function exportMatchers(exportsField) {
  const escaped = (text) => text.replace(/[.+?^${}()|[\]\\/]/g, "\\$&")
  return Object.keys(exportsField).map((key) => {
    const path = `@touchpoints/core${key.slice(1)}`
    return new RegExp(`^${path.split("*").map(escaped).join("[^/]+")}$`)
  })
}

function checkCoreImports(files, read, exportsField) {
  const matchers = exportMatchers(exportsField)
  const breaches = []
  for (const file of files) {
    // core imports itself by relative paths; this script's own tests hold deep imports on purpose
    if (file.startsWith("plugins/core/") || file.startsWith("src/checks/")) continue
    if (!/\.(?:ts|tsx|mjs|cjs|js)$/.test(file)) continue
    const lines = read(file).split("\n")
    lines.forEach((text, index) => {
      for (const m of text.matchAll(
        /(?:from\s+|import\(\s*|require\(\s*|import\s+)["'](@touchpoints\/core(?:\/[^"']*)?)["']/g
      )) {
        const specifier = m[1]
        if (specifier === "@touchpoints/core") continue // the package itself (medusa-config's plugin entry)
        if (!matchers.some((re) => re.test(specifier))) {
          breaches.push(`${file}:${index + 1}  import: "${specifier}" is not in core's package.json exports`)
        }
      }
    })
  }
  return breaches
}

/** String constants a plugin declares (`const X = "..."`), so an id given by name can be checked too. */
function stringConstants(files, read) {
  const constants = new Map()
  for (const file of files) {
    for (const m of read(file).matchAll(/\bconst\s+([A-Za-z_$][\w$]*)\s*(?::\s*string)?\s*=\s*"([^"]*)"/g)) {
      constants.set(`${file.split("/src/")[0]}:${m[1]}`, m[2])
    }
  }
  return constants
}

function checkIds(files, read) {
  const sources = files.filter((f) => /^plugins\/[^/]+\/src\/.*\.tsx?$/.test(f) && !isTestFile(f))
  const constants = stringConstants(sources, read)
  const breaches = []
  for (const file of sources) {
    const plugin = file.split("/")[1]
    const rule = new RegExp(`^touchpoints-${plugin}-[a-z0-9]+(?:-[a-z0-9]+)*$`)
    const source = read(file)
    const ids = []
    for (const m of source.matchAll(
      /\b(createWorkflow|createStep)\(\s*(?:\{\s*name:\s*)?(?:"([^"]*)"|`([^`]*)`|([A-Za-z_$][\w$]*))/g
    )) {
      const [, kind, literal, template, name] = m
      // a step factory's id: `touchpoints-core-erase-personal-data-${name}` is checked as ...-erase-personal-data-x
      const id = literal ?? template?.replace(/\$\{[^}]*\}/g, "x") ?? constants.get(`${file.split("/src/")[0]}:${name}`)
      const where = `${file}:${source.slice(0, m.index).split("\n").length}  id: ${kind}`
      if (id === undefined) breaches.push(`${where} id "${name}" is not a string constant of this plugin`)
      else if (!rule.test(id)) breaches.push(`${where}("${id}") should be touchpoints-${plugin}-<name>`)
      else ids.push(id)
    }
    if (ids.length && !ids.some((id) => fileFitsId(file, plugin, id))) {
      breaches.push(`${file}  file: named for none of its ids (${ids.join(", ")}); name it for the id's last part`)
    }
  }
  return breaches
}

/** A workflow or step file is named for the id's last part: `steps/add-item.ts` for `...-add-item(-step)`. */
function fileFitsId(file, plugin, id) {
  if (!/\/src\/workflows\//.test(file) || /\/(hooks|lib)\//.test(file)) return true
  const name = id.slice(`touchpoints-${plugin}-`.length)
  const base = file
    .split("/")
    .pop()
    .replace(/\.tsx?$/, "")
  return base === name || `${base}-step` === name || (name.endsWith("-x") && base.startsWith(name.slice(0, -1)))
}

/** A scheduled job's name (a workflow id to Medusa, so global too) is `touchpoints-<plugin>-<file>-job`. */
function checkJobNames(files, read) {
  const breaches = []
  for (const file of files) {
    const m = file.match(/^plugins\/([^/]+)\/src\/jobs\/([^/]+)\.ts$/)
    if (!m) continue
    const name = read(file).match(/\bname:\s*"([^"]*)"/)?.[1]
    const wanted = `touchpoints-${m[1]}-${m[2]}-job`
    if (name !== wanted) breaches.push(`${file}  job: name "${name ?? "(none)"}" should be "${wanted}"`)
  }
  return breaches
}

const pascal = (kebab) => kebab.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase())

/** Module keys are `touchpoints<Module>`; each module's tables share one `tp_<prefix>` no other module uses. */
function checkModuleNames(files, read) {
  const breaches = []
  for (const file of files) {
    const m = file.match(/^plugins\/[^/]+\/src\/modules\/([^/]+)\/index\.ts$/)
    if (!m) continue
    const source = read(file)
    const call = source.match(/\bModule\(\s*(?:"([^"]*)"|([A-Za-z_$][\w$]*))/)
    if (!call) continue
    const key = call[1] ?? source.match(new RegExp(`\\bconst\\s+${call[2]}\\s*=\\s*"([^"]*)"`))?.[1]
    const wanted = `touchpoints${pascal(m[1])}`
    if (key !== wanted) breaches.push(`${file}  module key: "${key ?? call[2]}" should be "${wanted}"`)
  }
  const prefixOwner = new Map()
  for (const [dir, tables] of ownedTables(files, read)) {
    const prefixes = new Set([...tables].map((table) => (table.startsWith("tp_") ? table.split("_")[1] : table)))
    if (prefixes.size > 1 || [...tables].some((table) => !table.startsWith("tp_"))) {
      breaches.push(`${dir}  tables: ${[...tables].sort().join(", ")} should share one tp_<prefix>`)
    }
    for (const prefix of prefixes) {
      const other = prefixOwner.get(prefix)
      if (other) breaches.push(`${dir}  tables: prefix tp_${prefix} is also ${other}'s`)
      else prefixOwner.set(prefix, dir)
    }
  }
  return breaches
}

function main() {
  const root = join(__dirname, "../..")
  const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], {
    cwd: root,
    encoding: "utf8",
  })
    .split("\n")
    .filter((f) => f && !f.includes("node_modules/") && !f.includes("/.medusa/"))
  const cache = new Map()
  const read = (file) => {
    if (!cache.has(file)) cache.set(file, readFileSync(`${root}/${file}`, "utf8"))
    return cache.get(file)
  }
  const coreExports = JSON.parse(read("plugins/core/package.json")).exports
  const breaches = [
    ...checkSqlOwnership(files, read),
    ...checkCoreImports(files, read, coreExports),
    ...checkIds(files, read),
    ...checkModuleNames(files, read),
    ...checkJobNames(files, read),
  ]
  for (const breach of breaches) console.error(breach)
  console.log(`house rules: ${breaches.length} breach(es) (docs/plugin-anatomy.md#checked-rules)`)
  process.exit(breaches.length ? 1 : 0)
}

module.exports = {
  checkCoreImports,
  checkIds,
  checkJobNames,
  checkModuleNames,
  checkSqlOwnership,
  cteNames,
  exportMatchers,
  ownedTables,
  sqlTables,
  stringLiterals,
}

if (require.main === module) main()
