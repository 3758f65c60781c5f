/**
 * An offer's call-to-action link is rendered as an `href` on the shop's pages: only an absolute http(s) URL or a
 * path on the shop itself (`/sale`, `/sale?x=1#top`), or a place on the same page (`#sale`) is a link. `javascript:`, `data:` and every other scheme
 * would run or show something in the shop's origin; `//host` and `/\host` leave the shop (browsers read both as
 * another host). Whitespace and control characters are refused too (browsers strip them inside schemes).
 */
export function isSafeLink(text: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\s\u0000-\u001f\u007f\\]/.test(text)) return false
  if (text.startsWith("#")) return true
  if (text.startsWith("/")) return !text.startsWith("//")
  try {
    const url = new URL(text)
    return (url.protocol === "https:" || url.protocol === "http:") && url.host !== ""
  } catch {
    return false
  }
}
