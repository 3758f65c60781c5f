/**
 * Registers a custom element once: a no-op on the server (no `customElements`) and when the tag is already
 * taken, e.g. by a second copy of the widgets on the page. Returns true when this call registered it.
 */
export function defineElement(tag: string, element: CustomElementConstructor): boolean {
  if (typeof customElements === "undefined" || customElements.get(tag)) return false
  customElements.define(tag, element)
  return true
}

/**
 * `HTMLElement` in the browser, a plain class on the server: element classes extend this so that importing
 * them where there is no DOM (server rendering) does not throw.
 */
export const BaseElement: typeof HTMLElement =
  typeof HTMLElement === "undefined" ? (class {} as unknown as typeof HTMLElement) : HTMLElement
