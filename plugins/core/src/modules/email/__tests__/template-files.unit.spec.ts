import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { findTemplateFile, LOCALE_PATTERN } from "../lib/template-files"

/** templates/reminder/{html.hbs, de/html.hbs} and, beside templates/, a file a traversal would reach. */
function templateTree() {
  const base = mkdtempSync(join(tmpdir(), "tp-templates-"))
  const root = join(base, "templates")
  const write = (path: string) => {
    mkdirSync(join(path, ".."), { recursive: true })
    writeFileSync(path, "x")
  }
  write(join(root, "reminder", "html.hbs"))
  write(join(root, "reminder", "de", "html.hbs"))
  write(join(base, "private", "html.hbs"))
  write(join(root, "other", "html.hbs"))
  return { base, root }
}

describe("findTemplateFile", () => {
  const { root } = templateTree()

  it("should pick the locale's variant, then its language, then the template's default", () => {
    expect(findTemplateFile([root], "reminder", "de", "html.hbs")).toBe(join(root, "reminder", "de", "html.hbs"))
    expect(findTemplateFile([root], "reminder", "de-AT", "html.hbs")).toBe(join(root, "reminder", "de", "html.hbs"))
    expect(findTemplateFile([root], "reminder", "fr", "html.hbs")).toBe(join(root, "reminder", "html.hbs"))
  })

  it("should never let a shopper's locale name a file outside the template's folder", () => {
    for (const locale of ["../../private", "../other", "..", "de/../../other", "/etc", "de\u0000", "DE", ""]) {
      expect(findTemplateFile([root], "reminder", locale, "html.hbs")).toBe(join(root, "reminder", "html.hbs"))
    }
    expect(findTemplateFile([join(root, "reminder")], "..", "x", "html.hbs")).toBeNull()
  })
})

describe("LOCALE_PATTERN", () => {
  it("should take BCP 47-like tags only", () => {
    for (const tag of ["en", "de-DE", "zh-Hant-TW", "es-419", "fil"]) expect(LOCALE_PATTERN.test(tag)).toBe(true)
    for (const tag of ["e", "english", "de_DE", "de-", "../de", "de/x", "de.DE", "de-D"]) {
      expect(LOCALE_PATTERN.test(tag)).toBe(false)
    }
  })
})
