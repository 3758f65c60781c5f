// What a response body must never contain: stack traces, file paths, SQL or internal error names.
const PATTERNS = [
  ["stack trace", /\n\s+at\s|^\s{4}at\s/m],
  ["file path", /(\/[\w.-]+){2,}\.(ts|js|mjs|cjs)\b|node_modules|\/work\/|\/home\/|\/usr\/|[A-Z]:\\/],
  [
    "SQL",
    /\b(select\s+.+\s+from|insert\s+into|update\s+\S+\s+set|delete\s+from)\b|syntax error at or near|violates .* constraint|relation "[^"]+"|column "[^"]+"/i,
  ],
  [
    "internal error",
    /\b(TypeError|ReferenceError|RangeError|SyntaxError|Cannot read propert|is not a function|is not defined|undefined is not|MikroORM|DriverException|Knex|ECONNREFUSED)\b/,
  ],
]

/** The kinds of leak found in a body (empty when clean). */
export function leaksIn(body) {
  if (!body) {
    return []
  }
  return PATTERNS.filter(([, pattern]) => pattern.test(body)).map(([name]) => name)
}
