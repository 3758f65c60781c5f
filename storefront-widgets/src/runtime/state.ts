import type { Strings } from "./strings.js"
import type { EventType, WireEvent } from "./types.js"

export interface TouchpointsConfig {
  /** Origin (and optional path prefix) of the Medusa backend, e.g. "https://api.shop.example". "" = same origin. */
  backendUrl: string
  /** A publishable API key linked to the storefront's sales channel. */
  publishableKey: string
  /** BCP 47 locale for texts, money and dates. Default: the browser's language. */
  locale: string
  /** ISO 4217 currency widgets use when an amount comes without one (e.g. "eur"). */
  currency: string
  /** When true (default), nothing is tracked and no visitor id exists until the shopper accepts analytics. */
  consentRequired: boolean
  /** Text overrides per key (see strings.ts), for every locale. */
  strings: Partial<Strings>
  /** Abort store API calls after this many milliseconds. Default 8000. */
  timeoutMs: number
  /** `credentials` for fetch: "include" sends Medusa's session cookie cross-origin. Default "same-origin". */
  fetchCredentials: RequestCredentials
  /**
   * Event types the shop counts as necessary (sent without analytics consent). They still need a visitor id,
   * which only exists after consent, so with the Touchpoints backend nothing is sent before consent.
   */
  necessaryEvents: readonly EventType[]
}

/** Everything the runtime keeps in memory. */
export interface RuntimeState {
  config: TouchpointsConfig
  customerToken: string | null
  /** Events waiting for the next flush. */
  queue: WireEvent[]
  /** Events tracked before the shopper chose: sent on "accept all", dropped on "necessary only". */
  held: WireEvent[]
  timer: ReturnType<typeof setTimeout> | undefined
  /** Whether the page-hide listeners are installed. */
  listening: boolean
}

export function defaultConfig(): TouchpointsConfig {
  return {
    backendUrl: "",
    publishableKey: "",
    locale: typeof navigator === "undefined" ? "en" : navigator.language || "en",
    currency: "",
    consentRequired: true,
    strings: {},
    timeoutMs: 8000,
    fetchCredentials: "same-origin",
    necessaryEvents: ["add_to_cart", "checkout_started"],
  }
}

const KEY = Symbol.for("@touchpoints/widgets/runtime")
type Holder = { [KEY]?: RuntimeState }

/**
 * The runtime's state, created on first use and kept on `globalThis` under a registered symbol, so two copies
 * of the runtime on one page (the bundle and a per-widget entry, say) share one configuration and one queue.
 */
export function state(): RuntimeState {
  const holder = globalThis as Holder
  holder[KEY] ??= {
    config: defaultConfig(),
    customerToken: null,
    queue: [],
    held: [],
    timer: undefined,
    listening: false,
  }
  return holder[KEY]
}
