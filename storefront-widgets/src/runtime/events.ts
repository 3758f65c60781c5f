import type { RecoveredCart, RecoveryMode } from "./cart-recovery.js"
import type { TouchpointsError } from "./errors.js"
import type { FeedbackSurvey } from "./feedback.js"
import type { OfferView } from "./offer-types.js"
import type { Bundle, Companion, NextSteps, NextStepsGroup } from "./recommendation-types.js"
import type { TouchpointsConfig } from "./state.js"
import type { RecommendationPlacement } from "./types.js"

/** `tp-consent-change`: the shopper (or code) chose; `analytics` is true for "accept all". */
export interface ConsentChangeDetail {
  analytics: boolean
}
/** `tp-error`: a store API call failed; `error.type` is Medusa's error type or network/timeout/config. */
export interface TpErrorDetail {
  error: TouchpointsError
}
/** `tp-config-change`: `configure()` or `<tp-config>` changed the configuration. */
export interface ConfigChangeDetail {
  config: Readonly<TouchpointsConfig>
}

/** Why the shopper's lists changed. */
export type WishlistChangeReason =
  | "add"
  | "remove"
  | "save-for-later"
  | "move-to-cart"
  | "create"
  | "rename"
  | "delete"
  | "share"
  | "unshare"
  /** a login or logout (`setCustomerToken`; a guest's lists are merged first) */
  | "shopper"
/**
 * `tp-wishlist-change`: the shopper's lists changed (every wishlist widget on the page re-reads them).
 * Ids are given when the change concerns one list, item or variant.
 */
export interface WishlistChangeDetail {
  reason: WishlistChangeReason
  wishlist_id?: string
  item_id?: string
  variant_id?: string
}
/** `tp:cart-changed`: a widget changed the cart (re-read it; Next.js: revalidate the cart tag). */
export interface CartChangedDetail {
  cart_id: string
  /** What changed it, e.g. "save-for-later", "move-to-cart". */
  reason: string
}

/** `tp-recommendation-click`: the shopper followed or added a recommended product. */
export interface RecommendationClickDetail {
  placement: RecommendationPlacement
  product_id: string
}
/** `tp-also-bought-load`: `<tp-also-bought>` rendered these companions. */
export interface AlsoBoughtLoadDetail {
  companions: Companion[]
}
/** `tp-bundle-load`: `<tp-bundle>` rendered this bundle. */
export interface BundleLoadDetail {
  bundle: Bundle
}

/** `tp-next-steps-load`: `<tp-next-steps>` rendered; `status` is what the page's HTTP status should be. */
export interface NextStepsLoadDetail {
  status: number
  redirect: NextSteps["redirect"] | null
  groups: NextStepsGroup[]
}

/**
 * `tp-cart-recovered`: `<tp-cart-recovery>` followed a reminder link. `cart` is the shopper's cart with the
 * link's lines in it: their own (`mode` "added" or "unchanged"), or a new one (`mode` "created": make it the
 * shopper's cart when they have none). Never the reminded cart of someone else.
 */
export interface CartRecoveredDetail {
  cart: RecoveredCart
  mode: RecoveryMode
}

/** `tp-feedback-answered`: `<tp-feedback-survey>` saved answers (a score at once, then effort and comment). */
export interface FeedbackAnsweredDetail {
  survey: FeedbackSurvey
}

/** `tp-offer-load`: `<tp-offer>` loaded; `offer` is null when the shopper has none (nothing is shown). */
export interface OfferLoadDetail {
  offer: OfferView | null
}

/** Every event the widgets and the runtime fire. All bubble and are composed (they cross shadow roots). */
export interface TouchpointsEventMap {
  "tp-consent-change": CustomEvent<ConsentChangeDetail>
  "tp-error": CustomEvent<TpErrorDetail>
  "tp-config-change": CustomEvent<ConfigChangeDetail>
  /** Dispatch on `document` (or call `tp.openConsent()`) to show the consent banner again. */
  "tp-consent-open": Event
  "tp-wishlist-change": CustomEvent<WishlistChangeDetail>
  /** Named as in ARCHITECTURE.md ("every cart change is announced with a `tp:cart-changed` event"). */
  "tp:cart-changed": CustomEvent<CartChangedDetail>
  "tp-recommendation-click": CustomEvent<RecommendationClickDetail>
  "tp-also-bought-load": CustomEvent<AlsoBoughtLoadDetail>
  "tp-bundle-load": CustomEvent<BundleLoadDetail>
  "tp-next-steps-load": CustomEvent<NextStepsLoadDetail>
  "tp-cart-recovered": CustomEvent<CartRecoveredDetail>
  "tp-feedback-answered": CustomEvent<FeedbackAnsweredDetail>
  "tp-offer-load": CustomEvent<OfferLoadDetail>
}

declare global {
  interface DocumentEventMap extends TouchpointsEventMap {}
  interface WindowEventMap extends TouchpointsEventMap {}
  interface HTMLElementEventMap extends TouchpointsEventMap {}
}

/**
 * Fires a bubbling, composed CustomEvent on `target` (default: `document`). A no-op on the server.
 * Returns false when there is no document to fire on.
 */
export function emit<K extends keyof TouchpointsEventMap>(
  type: K,
  detail: TouchpointsEventMap[K] extends CustomEvent<infer D> ? D : undefined,
  target?: EventTarget
): boolean {
  const on = target ?? (typeof document === "undefined" ? undefined : document)
  if (!on) return false
  on.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }))
  return true
}
