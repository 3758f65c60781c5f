import type { MedusaContainer } from "@medusajs/framework/types"
import { createCartRecoveryShop } from "./cart-recovery-shop"
import { explain } from "./http"
import { moveVisitorBack, signedVisitorId } from "./visitors"

type Api = Parameters<typeof createCartRecoveryShop>[1] & {
  get: (url: string, config?: unknown) => Promise<{ data: Record<string, unknown> }>
}

/**
 * A shop for segment offers: carts that can be completed, and visitors whose visits are made through the real
 * events endpoint (a page view per visit, the visitor's history moved two hours back between them: the server
 * counts visits by its own clock). Visitors are named ("guest-visitor-000001"); their ids are signed as the
 * store would issue them.
 */
export async function createOffersShop(container: MedusaContainer, api: Api) {
  const shop = await createCartRecoveryShop(container, api)
  const visitorHeaders = (visitorId: string, extra: Record<string, string> = {}) => ({
    headers: { ...shop.headers.headers, "x-touchpoints-visitor": signedVisitorId(container, visitorId), ...extra },
  })

  /** Consents to analytics and records `visits` visits (page views 2 h apart, the last one now), with UTMs per visit. */
  const visit = async (
    visitorId: string,
    visits: number,
    options: { utm?: Record<string, string>[]; startMinutesAgo?: number } = {}
  ) => {
    await api.post("/store/touchpoints/consent", { analytics: true }, visitorHeaders(visitorId)).catch(explain)
    for (let index = 0; index < visits; index += 1) {
      if (index > 0) await moveVisitorBack(container, visitorId, 120)
      const event = { type: "page_view", url: "/", ...(options.utm?.[index] && { utm: options.utm[index] }) }
      await api.post("/store/touchpoints/events", { events: [event] }, visitorHeaders(visitorId)).catch(explain)
    }
    const lastVisitMinutesAgo = (options.startMinutesAgo ?? (visits - 1) * 120) - (visits - 1) * 120
    if (lastVisitMinutesAgo > 0) await moveVisitorBack(container, visitorId, lastVisitMinutesAgo)
  }

  /** A cart with tea x2 (EUR 20) for a visitor, its add-to-cart tracked so the profile knows the cart. */
  const cartOf = async (visitorId: string, extraHeaders: Record<string, string> = {}) => {
    const headers = visitorHeaders(visitorId, extraHeaders)
    const { data } = await api
      .post("/store/carts", { region_id: shop.catalog.regionId, email: `${visitorId}@example.test` }, headers)
      .catch(explain)
    await api
      .post(`/store/carts/${data.cart.id}/line-items`, { variant_id: shop.catalog.variants.tea, quantity: 2 }, headers)
      .catch(explain)
    return data.cart.id
  }

  return { ...shop, visitorHeaders, visit, cartOf }
}
