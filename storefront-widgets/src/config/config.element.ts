import { type ConfigureOptions, configure } from "../runtime/config.js"
import { TouchpointsElement } from "../runtime/touchpoints-element.js"

const ATTRIBUTES = [
  "backend-url",
  "publishable-key",
  "locale",
  "currency",
  "consent-required",
  "timeout-ms",
  "fetch-credentials",
] as const

function flag(value: string | null): boolean | undefined {
  if (value === null) return undefined
  return !["false", "0", "no", "off"].includes(value.trim().toLowerCase())
}

function credentials(value: string | null): RequestCredentials | undefined {
  return value === "omit" || value === "same-origin" || value === "include" ? value : undefined
}

/**
 * Configures the Touchpoints runtime declaratively, the same as `configure()`. Place it before the widgets;
 * it renders nothing. Attributes it does not have leave the option unchanged, so `configure()` calls and
 * several `<tp-config>` elements combine.
 *
 * @tag tp-config
 * @attr backend-url - Medusa backend origin, e.g. "https://api.shop.example" (default: same origin)
 * @attr publishable-key - publishable API key of the storefront's sales channel
 * @attr locale - BCP 47 locale for texts, money and dates (default: the browser's)
 * @attr currency - ISO 4217 code used when an amount comes without one
 * @attr consent-required - "false" lets analytics run without a choice; present or "true" requires consent
 * @attr timeout-ms - store API timeout in milliseconds (default 8000)
 * @attr fetch-credentials - "omit" | "same-origin" | "include" (send Medusa's session cookie cross-origin)
 */
export class TpConfigElement extends TouchpointsElement {
  static readonly tag = "tp-config"

  static readonly observedAttributes: readonly string[] = ATTRIBUTES

  protected readonly template = "<style>:host{display:none!important}</style>"

  protected override sync(): void {
    this.apply()
  }

  /** Every attribute write applies, an unchanged value too: it re-asserts the option over a `configure()` call. */
  override attributeChangedCallback(): void {
    if (this.isConnected) this.apply()
  }

  /** The options this element's attributes set (absent attributes are left out). */
  get options(): ConfigureOptions {
    const timeout = this.getAttribute("timeout-ms")
    return {
      backendUrl: this.getAttribute("backend-url") ?? undefined,
      publishableKey: this.getAttribute("publishable-key") ?? undefined,
      locale: this.getAttribute("locale") || undefined,
      currency: this.getAttribute("currency") || undefined,
      consentRequired: flag(this.getAttribute("consent-required")),
      timeoutMs: timeout ? Number(timeout) : undefined,
      fetchCredentials: credentials(this.getAttribute("fetch-credentials")),
    }
  }

  /** Applies the attributes to the runtime (done on connect and on every attribute change). */
  apply(): void {
    configure(this.options)
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "tp-config": TpConfigElement
  }
}
