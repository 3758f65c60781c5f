import { getConfig } from "../runtime/config.js"
import { type ConsentChoice, getConsent, setConsent } from "../runtime/consent.js"
import { runtimeTables, type StringKey } from "../runtime/strings.js"
import { TouchpointsElement } from "../runtime/touchpoints-element.js"
import { consentStyles } from "./consent.styles.js"

const TEMPLATE = `
<style>${consentStyles}</style>
<section class="banner" part="banner" role="region" hidden>
  <p class="text" part="text"><span></span> <a part="privacy-link" hidden></a></p>
  <div class="actions" part="actions">
    <button class="necessary" part="necessary" type="button"></button>
    <button class="accept" part="accept" type="button"></button>
  </div>
</section>`

/** An http(s) or relative URL resolved against the page, or null (no javascript: or data: links). */
function safeUrl(value: string | null): string | null {
  if (!value) return null
  try {
    const url = new URL(value, document.baseURI)
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null
  } catch {
    return null
  }
}

/**
 * Asks the shopper whether analytics may run: "Accept all" or "Necessary only". Shown while the shop requires
 * consent and no choice is remembered; the choice is kept in localStorage (`tp_consent`), posted to
 * `POST /store/touchpoints/consent`, and the banner stays hidden on later pages until `open()` is called or a
 * `tp-consent-open` event reaches `document`. A non-modal region fixed to the bottom of the viewport; it renders
 * only into its shadow root and never changes its host element (safe for React hydration).
 *
 * @tag tp-consent
 * @attr privacy-url - link to the shop's privacy policy, shown after the text (http(s) or relative URLs only)
 *
 * @event tp-consent-change - `{ analytics: boolean }` after the shopper chose; bubbles and is composed
 * @event tp-error - `{ error }` when posting the choice failed (the choice still stands locally)
 *
 * @csspart banner - the region holding text and buttons
 * @csspart text - the paragraph with the explanation and the privacy link
 * @csspart privacy-link - the link to `privacy-url`
 * @csspart actions - the button row
 * @csspart accept - the "Accept all" button
 * @csspart necessary - the "Necessary only" button
 *
 * @cssstate open - the banner is shown (`tp-consent:state(open)`)
 *
 * @cssproperty --tp-accent - accent colour (accept button, borders, focus ring); default #0b57d0
 * @cssproperty --tp-accent-fg - text on the accent colour; default #ffffff
 * @cssproperty --tp-focus-ring - focus outline colour; default --tp-accent
 * @cssproperty --tp-radius - corner radius of banner and buttons; default 0.5rem
 * @cssproperty --tp-font-family - font; default inherited
 * @cssproperty --tp-consent-bg - banner background; default #ffffff
 * @cssproperty --tp-consent-fg - banner text colour; default #1f2328
 * @cssproperty --tp-consent-border-color - banner border; default #d0d7de
 * @cssproperty --tp-consent-shadow - banner shadow
 * @cssproperty --tp-consent-font-size - default 0.9375rem
 * @cssproperty --tp-consent-padding - default 1rem 1.25rem
 * @cssproperty --tp-consent-max-width - default 40rem (centred)
 * @cssproperty --tp-consent-position - "fixed" (default) or "static" to place it in the page flow
 * @cssproperty --tp-consent-inset - offsets when fixed; default "auto 1rem 1rem 1rem" (bottom)
 * @cssproperty --tp-consent-z-index - default 1000
 */
export class TpConsentElement extends TouchpointsElement<StringKey> {
  static readonly tag = "tp-consent"

  static readonly observedAttributes: readonly string[] = ["privacy-url"]

  protected readonly template = TEMPLATE
  protected override readonly strings = runtimeTables
  /** Opened on request although a choice exists. */
  #requested = false
  /** Where focus was before `open()`, to return it after the choice. */
  #returnFocus: HTMLElement | null = null

  protected override setup(): void {
    this.shadowPart("accept")?.addEventListener("click", () => void this.#choose(true))
    this.shadowPart("necessary")?.addEventListener("click", () => void this.#choose(false))
  }

  protected override documentEvents(): Record<string, EventListener> {
    return {
      "tp-consent-open": this.#onOpenRequest,
      "tp-consent-change": this.#onUpdate,
      "tp-config-change": this.#onUpdate,
    }
  }

  /** The remembered choice: "all", "necessary", or null before the shopper chose. */
  get choice(): ConsentChoice | null {
    return getConsent()
  }

  /** Whether the banner is shown. */
  get isOpen(): boolean {
    return this.shadowPart("banner")?.hidden === false
  }

  /** Shows the banner again (e.g. from a "Privacy settings" link) and moves focus to it. */
  open(): void {
    this.#requested = true
    const active = document.activeElement
    this.#returnFocus = active instanceof HTMLElement && active !== this ? active : null
    this.build()
    this.sync()
    this.shadowPart<HTMLButtonElement>("necessary")?.focus()
  }

  /** Hides the banner without recording a choice (it shows again on the next page while none is remembered). */
  close(): void {
    this.#requested = false
    this.sync()
  }

  #onOpenRequest = (): void => this.open()
  #onUpdate = (): void => this.sync()

  protected override sync(): void {
    const banner = this.shadowPart("banner")
    if (!banner) return
    const visible = this.#requested || (getConfig().consentRequired && getConsent() === null)
    banner.hidden = !visible
    banner.setAttribute("aria-label", this.text("consent.label"))
    const text = this.shadowPart("text")?.querySelector("span")
    if (text) text.textContent = this.text("consent.text")
    const link = this.shadowPart<HTMLAnchorElement>("privacy-link")
    if (link) {
      const href = safeUrl(this.getAttribute("privacy-url"))
      link.hidden = !href
      link.textContent = this.text("consent.privacy")
      if (href) link.href = href
      else link.removeAttribute("href")
    }
    const accept = this.shadowPart("accept")
    if (accept) accept.textContent = this.text("consent.accept")
    const necessary = this.shadowPart("necessary")
    if (necessary) necessary.textContent = this.text("consent.necessary")
    this.state("open", visible)
  }

  async #choose(analytics: boolean): Promise<void> {
    this.#requested = false
    const focusBack = this.#returnFocus
    this.#returnFocus = null
    const promise = setConsent(analytics, this)
    this.sync()
    focusBack?.focus()
    await promise
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "tp-consent": TpConsentElement
  }
}
