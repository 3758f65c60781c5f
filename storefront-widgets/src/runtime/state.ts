import type { StringOverrides } from "./string-overrides.js"
import type { EventType, WireEvent } from "./types.js"
import type { Wishlist } from "./wishlist-types.js"

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
  /** Text overrides per key of any widget's table (see the `*-strings.ts` files), for every locale. */
  strings: StringOverrides
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
  /** A customer is signed in on the storefront's server, which adds the token itself (`setSignedIn`). */
  customerSession?: boolean
  /** Events waiting for the next flush. */
  queue: WireEvent[]
  /** Events tracked before the shopper chose: sent on "accept all", dropped on "necessary only". */
  held: WireEvent[]
  timer: ReturnType<typeof setTimeout> | undefined
  /** Whether the page-hide listeners are installed. */
  listening: boolean
  /** The wishlist widgets' shared reads (created on first use, see `wishlistState()`). */
  wishlist?: WishlistState
}

/** What every wishlist widget on the page shares, so twenty heart buttons make one request. */
export interface WishlistState {
  /** `GET /store/wishlists` answers by region ("" = none), kept until the next change. */
  lists: Map<string, Promise<Wishlist[]>>
  /** `GET /store/wishlist-counts` answers by variant, kept until the next change. */
  counts: Map<string, Promise<number>>
  /** Variants waiting for the next batched counts request, with their resolvers. */
  countQueue: Map<string, { resolve: (count: number) => void; reject: (error: unknown) => void }>
  /** Set while a guest's lists are merged after login: wishlist calls wait for it. */
  merging: Promise<void> | null
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

/** Whether a customer is signed in: a token given to the runtime, or a session the storefront's server holds. */
export function customerSignedIn(): boolean {
  const current = state()
  return Boolean(current.customerToken || current.customerSession)
}

/** The wishlist part of the state, created on first use (also when an older runtime copy made the state). */
export function wishlistState(): WishlistState {
  const current = state()
  current.wishlist ??= { lists: new Map(), counts: new Map(), countQueue: new Map(), merging: null }
  return current.wishlist
}

/** Drops every cached wishlist read and count: the next read asks the backend. */
export function invalidateWishlists(): void {
  const current = wishlistState()
  current.lists.clear()
  current.counts.clear()
}
