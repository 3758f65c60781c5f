import { existsSync, readFileSync } from "node:fs"
import { isAbsolute, join, relative } from "node:path"

/**
 * A locale as a folder name (BCP 47-ish: `de`, `de-DE`, `zh-Hant-TW`). The locale comes from shopper data
 * (`cart.metadata.locale`), so anything else (`../`, a slash, a dot, NUL) names no folder at all.
 */
export const LOCALE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/

/** `de-DE` -> ["de-DE", "de"]: a regional variant falls back to its language; a malformed locale to nothing. */
function localeChain(locale: string): string[] {
  if (!LOCALE_PATTERN.test(locale)) return []
  const language = locale.split("-")[0]
  return language !== locale ? [locale, language] : [locale]
}

/** True when `path` lies inside `root` (a second guard: no name may lead out of the templates' folder). */
function isInside(root: string, path: string): boolean {
  const rest = relative(root, path)
  return rest !== "" && !rest.startsWith("..") && !isAbsolute(rest)
}

/**
 * Finds a template file: the owner's folder first, then the shipped one; in each, the locale's variant first,
 * then the template's default (also for a malformed locale). Returns the file's path, or null.
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
      if (isInside(root, variant) && existsSync(variant)) return variant
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
