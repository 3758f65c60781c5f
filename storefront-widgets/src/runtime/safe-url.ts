/**
 * An http(s) or relative URL resolved against the page, or null: a link a widget renders never runs script
 * (`javascript:`) or shows a document of its own (`data:`), whoever wrote it (an attribute, the shop's data).
 */
export function safeUrl(value: string | null | undefined, base?: string): string | null {
  if (!value) return null
  try {
    const url = new URL(value, base ?? document.baseURI)
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null
  } catch {
    return null
  }
}
