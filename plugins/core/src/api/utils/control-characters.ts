/**
 * The request-hygiene rule: PostgreSQL refuses NUL in text (22021) and every other C0 control character is
 * noise that no id, code, URL or name of the shop contains. One rule for the whole app, checked before any
 * route reads the request:
 * - path and query (percent-encoded or raw): no C0 control character at all (U+0000-U+001F), tab and line
 *   breaks included; DEL (U+007F) and everything above it is left alone;
 * - a parsed body (JSON, or a form): no C0 control character in any key, nor in any string value except tab,
 *   line feed and carriage return (free text such as a survey comment may hold them).
 */

/** A percent-encoded C0 byte (`%00`-`%1F`): each `%` starts an escape, so `%2500` is the text "%00", not NUL. */
const ENCODED_CONTROL = /%[01][0-9a-f]/i
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const RAW_CONTROL = /[\u0000-\u001f]/
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const TEXT_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/

/** True when a raw request target (`req.originalUrl`: path and query, still encoded) holds a C0 character. */
export function urlHasControlCharacter(rawUrl: string): boolean {
  return ENCODED_CONTROL.test(rawUrl) || RAW_CONTROL.test(rawUrl)
}

/** Where in a parsed body the first offending key or string sits (`events.0.url`), or null when it is clean. */
export function findControlCharacterInBody(body: unknown): string | null {
  // iterative, so a deeply nested body cannot exhaust the stack
  const pending: Array<{ value: unknown; path: string }> = [{ value: body, path: "" }]
  while (pending.length) {
    const { value, path } = pending.pop() as { value: unknown; path: string }
    if (typeof value === "string") {
      if (TEXT_CONTROL.test(value)) return path || "(body)"
      continue
    }
    if (!value || typeof value !== "object" || Buffer.isBuffer(value)) continue
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key
      if (RAW_CONTROL.test(key)) return path ? `a key in ${path}` : "a key"
      pending.push({ value: child, path: childPath })
    }
  }
  return null
}
