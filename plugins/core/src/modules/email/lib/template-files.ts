import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"

/** `de-DE` -> ["de-DE", "de"]: a regional variant falls back to its language. */
function localeChain(locale: string): string[] {
  const language = locale.split("-")[0]
  return language !== locale ? [locale, language] : [locale]
}

/**
 * Finds a template file: the owner's folder first, then the shipped one; in each, the locale's variant first,
 * then the template's default. Returns the file's path, or null.
 */
export function findTemplateFile(
  roots: readonly (string | undefined)[],
  template: string,
  locale: string,
  file: string
): string | null {
  for (const root of roots) {
    if (!root) continue
    for (const variant of [
      ...localeChain(locale).map((l) => join(root, template, l, file)),
      join(root, template, file),
    ]) {
      if (existsSync(variant)) return variant
    }
  }
  return null
}

/** Reads a file once per process: templates do not change while the server runs. */
export function createFileCache() {
  const contents = new Map<string, string>()
  return (path: string): string => {
    let text = contents.get(path)
    if (text === undefined) {
      text = readFileSync(path, "utf8")
      contents.set(path, text)
    }
    return text
  }
}
