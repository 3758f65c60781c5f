/** The offer part of the runtime (`<tp-offer>`'s API calls and types), kept out of runtime/index.ts. */

export type { OfferLoadDetail } from "./events.js"
export { type OfferStringKey, type OfferStrings, offerDe, offerEn, offerTables, oft } from "./offer-strings.js"
export type * from "./offer-types.js"
export {
  applyOfferToCart,
  cartPromotionCodes,
  fetchOffer,
  OFFER_TOKEN_PARAM,
  offerTokenFromUrl,
  reportOfferEvent,
} from "./offers.js"
