import { storeFetch } from "./client.js"
import { analyticsAllowed } from "./consent-state.js"
import type { OfferCart, OfferPlacement, OfferView } from "./offer-types.js"
import { customerSignedIn } from "./state.js"
import { getVisitorId } from "./visitor.js"

const segment = (value: string) => `/${encodeURIComponent(value)}`

/** The URL parameter an emailed offer link carries its token in (the plugin's `offerUrl`). */
export const OFFER_TOKEN_PARAM = "tp_offer_token"

/** The emailed offer link's token in the page URL, or null (and null on the server). */
export function offerTokenFromUrl(): string | null {
  if (typeof location === "undefined") return null
  return new URLSearchParams(location.search).get(OFFER_TOKEN_PARAM)
}

/**
 * The shopper's best offer for a placement (`GET /store/offers`), or with an emailed link's token the offer
 * sent to that customer; null when there is none.
 */
export async function fetchOffer(
  /** `placement`: an `OfferPlacement`; anything else is the backend's to refuse (400, reported as tp-error). */
  options: { placement?: OfferPlacement | (string & {}) | null; cartId?: string | null; token?: string | null },
  reportTo?: EventTarget | null
): Promise<OfferView | null> {
  const query = options.token
    ? { token: options.token, cart_id: options.cartId ?? undefined }
    : { placement: options.placement ?? undefined, cart_id: options.cartId ?? undefined }
  const { offer } = await storeFetch<{ offer: OfferView | null }>("/store/offers", { query, reportTo })
  return offer
}

/** Puts an earned offer's code on the cart; an emailed offer is applied with its link's token. */
export async function applyOfferToCart(
  options: { cartId: string; offerId: string; token?: string | null },
  reportTo?: EventTarget | null
): Promise<OfferCart> {
  const { cart } = await storeFetch<{ cart: OfferCart }>(
    `/store/carts${segment(options.cartId)}/offers${segment(options.offerId)}`,
    { body: options.token ? { token: options.token } : {}, reportTo }
  )
  return cart
}

/** The codes on a cart (to show an offer applied earlier as applied). */
export async function cartPromotionCodes(cartId: string): Promise<string[]> {
  const { cart } = await storeFetch<{ cart: Pick<OfferCart, "promotions"> }>(`/store/carts${segment(cartId)}`, {
    query: { fields: "id,promotions.code" },
    reportTo: null,
  })
  return (cart.promotions ?? []).flatMap((promotion) => (promotion.code ? [promotion.code] : []))
}

/**
 * Reports an offer `shown` or `clicked` (`POST /store/offers/:id/events`; the shop counts each once per
 * shopper and day). Analytics: only with consent, and only for a shopper the shop can tell apart (a visitor id,
 * a logged-in customer, or the customer an emailed link's token names). Never rejects and reports nothing: a
 * lost count must not bother the shopper.
 */
export async function reportOfferEvent(
  offerId: string,
  kind: "shown" | "clicked",
  options: { cartId?: string | null; token?: string | null } = {}
): Promise<void> {
  if (!analyticsAllowed() || !(options.token || getVisitorId() || customerSignedIn())) return
  await storeFetch(`/store/offers${segment(offerId)}/events`, {
    body: {
      kind,
      ...(options.cartId && { cart_id: options.cartId }),
      ...(options.token && { token: options.token }),
    },
    // a click often leaves the page (the offer's link): the count must survive it
    keepalive: kind === "clicked",
    reportTo: null,
  }).catch(() => undefined)
}
