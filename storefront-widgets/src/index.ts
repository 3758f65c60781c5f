/**
 * `@touchpoints/widgets`: the element classes and the runtime, WITHOUT registering any tag. Safe to import on
 * the server. Register tags with `import "@touchpoints/widgets/bundle"` (all) or a per-widget entry such as
 * `import "@touchpoints/widgets/consent"` or `import "@touchpoints/widgets/wishlist"`, or yourself with
 * `defineElement(TpConsentElement.tag, TpConsentElement)`.
 */
export { TpAlsoBoughtElement } from "./also-bought/also-bought.element.js"
export { TpBundleElement } from "./bundle/bundle.element.js"
export { TpCartRecoveryElement } from "./cart-recovery/cart-recovery.element.js"
export { TpConfigElement } from "./config/config.element.js"
export { TpConsentElement } from "./consent/consent.element.js"
export { TpFeedbackSurveyElement } from "./feedback-survey/feedback-survey.element.js"
export { TpNextStepsElement } from "./next-steps/next-steps.element.js"
export { TpOfferElement } from "./offer/offer.element.js"
export * from "./runtime/cart-recovery.js"
export * from "./runtime/feedback.js"
export * from "./runtime/index.js"
export * from "./runtime/offer.js"
export type * from "./runtime/recommendation-types.js"
export * from "./runtime/recommendations.js"
export * from "./runtime/wishlist.js"
export { TpSaveForLaterElement } from "./save-for-later/save-for-later.element.js"
export { TpWishlistElement } from "./wishlist/wishlist.element.js"
export { TpWishlistButtonElement } from "./wishlist-button/wishlist-button.element.js"
