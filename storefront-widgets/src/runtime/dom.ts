/** Small DOM helpers for the widgets' shadow trees (used in the browser only, never at import). */

type Child = Node | string | null | undefined | false
type Props = Record<string, string | number | boolean | null | undefined>

/**
 * Builds an element: props become attributes (true: present, false/null/undefined: left out), children strings
 * become text nodes, so data from the API never becomes markup.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(props)) {
    if (value === false || value === null || value === undefined) continue
    node.setAttribute(name, value === true ? "" : String(value))
  }
  for (const child of children) if (child) node.append(child)
  return node
}

/** `attachInternals()`, or null where it is missing or already taken. */
export function internalsOf(element: HTMLElement): ElementInternals | null {
  try {
    return element.attachInternals()
  } catch {
    return null
  }
}

/** Adds or removes a custom state (`:state(name)`); a no-op where custom states are unsupported. */
export function toggleState(internals: ElementInternals | null, name: string, on: boolean): void {
  try {
    if (on) internals?.states.add(name)
    else internals?.states.delete(name)
  } catch {
    // custom states unsupported (older browsers): styling hook only
  }
}

/** Visually hidden but read by screen readers (for the widgets' styles). */
export const srOnlyStyles = `.sr{position:absolute;inline-size:1px;block-size:1px;margin:-1px;padding:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap;border:0}`
