/** The runtime every widget shares: configuration, store API client, visitor, consent, tracking, formatting. */
export { type StoreRequest, storeFetch } from "./client.js"
export { type ConfigureOptions, configure, getConfig } from "./config.js"
export { analyticsAllowed, type ConsentChoice, getConsent, openConsent, setConsent } from "./consent.js"
export { setCustomerToken, setSignedIn } from "./customer.js"
export { BaseElement, defineElement } from "./define.js"
export { TouchpointsError, type TouchpointsErrorType } from "./errors.js"
export {
  type CartChangedDetail,
  type ConfigChangeDetail,
  type ConsentChangeDetail,
  emit,
  type TouchpointsEventMap,
  type TpErrorDetail,
  type WishlistChangeDetail,
  type WishlistChangeReason,
} from "./events.js"
export { formatDate, formatMoney } from "./format.js"
export { localize, type StringTables, type StringVars, t, translate } from "./i18n.js"
export { CONSENT_KEY, UTM_KEY, VISITOR_KEY, WISHLIST_TOKEN_KEY } from "./keys.js"
export type { TouchpointsConfig } from "./state.js"
export type { AnyStringKey, StringOverrides } from "./string-overrides.js"
export { de, en, runtimeTables, type StringKey, type Strings } from "./strings.js"
export { type Touchpoints, tp } from "./tp.js"
export { BATCH_MAX, FLUSH_AT, FLUSH_DELAY_MS, flush, track } from "./track.js"
export type * from "./types.js"
export { sessionUtm } from "./utm.js"
export { ensureVisitorId, getVisitorId, obtainVisitorId, VISITOR_ID_PATTERN } from "./visitor.js"
