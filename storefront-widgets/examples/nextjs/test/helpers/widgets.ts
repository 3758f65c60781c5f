import type { Page } from "playwright-core"

/** The rendered text of a widget's shadow root (styles and hidden parts left out), "" while it has none. */
export function shadowText(page: Page, selector: string): Promise<string> {
  return page.evaluate((wanted) => {
    const root = document.querySelector(wanted)?.shadowRoot
    if (!root) return ""
    return (
      [...root.children]
        .filter((node): node is HTMLElement => node instanceof HTMLElement && node.localName !== "style")
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what the shopper sees
        .map((node) => node.innerText)
        .join(" ")
        .replace(/\s+/g, " ")
        .trim()
    )
  }, selector)
}

/** Waits (up to 15 s) until the widget's shadow root shows `text`; answers its whole text. */
export async function waitForShadowText(page: Page, selector: string, text: string | RegExp): Promise<string> {
  const until = Date.now() + 15_000
  let seen = ""
  while (Date.now() < until) {
    seen = await shadowText(page, selector)
    if (typeof text === "string" ? seen.includes(text) : text.test(seen)) return seen
    await page.waitForTimeout(100)
  }
  throw new Error(`${selector} did not show ${String(text)} within 15 s; it showed: ${JSON.stringify(seen)}`)
}

/** Waits until the widget's shadow root has elements with `part` (e.g. the next steps' row headings); answers their texts. */
export async function waitForParts(page: Page, selector: string, part: string): Promise<string[]> {
  const found = await page.waitForFunction(
    ({ wanted, name }) => {
      const nodes = [...(document.querySelector(wanted)?.shadowRoot?.querySelectorAll(`[part~="${name}"]`) ?? [])]
      const texts = nodes.map((node) => node.textContent?.trim() ?? "").filter(Boolean)
      return texts.length > 0 ? texts : null
    },
    { wanted: selector, name: part }
  )
  return (await found.jsonValue()) ?? []
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
}

/** Problems that are React hydration errors (production builds log them as minified errors #418, #423, #425). */
export function hydrationProblems(problems: readonly string[]): string[] {
  return problems.filter((problem) => /hydrat|Minified React error #(418|423|425)/i.test(problem))
}
