/**
 * Per-widget entry for pages that show the shopper's offer (home, product, cart, and where an emailed offer
 * link lands): the runtime plus `<tp-offer>` (and `<tp-config>`), registered on import.
 * `import "@touchpoints/widgets/offer"`.
 */
import "./offer/define.js"

export { TpConfigElement } from "./config/config.element.js"
export { TpOfferElement } from "./offer/offer.element.js"
export * from "./runtime/index.js"
export * from "./runtime/offer.js"
