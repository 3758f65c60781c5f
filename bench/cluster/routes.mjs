// The store routes the bench loads: Medusa's own product page (the baseline) and a read of every touchpoint,
// plus the event ingest, each as the options of one closed-loop phase (bench/lib/latency.mjs).

export const EVENTS_PER_BATCH = 10

/** A batch of page views whose urls start with `marker` (unique per event when the marker is per batch). */
export function pageViewBatch(marker, size = EVENTS_PER_BATCH) {
  return JSON.stringify({
    events: Array.from({ length: size }, (_, k) => ({ type: "page_view", url: `${marker}/${k}`, title: "bench" })),
  })
}

/**
 * @param {{ baseUrl: string, publishableKey: string, eventsMarker: string, fixtures: { regionId: string, productId: string, visitors: string[], wishlistToken: string, surveyToken: string } }} options
 */
export function storeRoutes({ baseUrl, publishableKey, eventsMarker, fixtures }) {
  const { regionId, productId, visitors, wishlistToken, surveyToken } = fixtures
  const key = { "x-publishable-api-key": publishableKey }
  const asVisitor = (i) => ({ ...key, "x-touchpoints-visitor": visitors[i % visitors.length] })
  const product = `${baseUrl}/store/products/${productId}`
  let batches = 0 // across phases, so every batch of the run has its own marker
  return {
    baseline: { name: "GET /store/products/:id (Medusa)", url: `${product}?region_id=${regionId}`, headers: key },
    touchpoints: [
      { name: "GET .../next-steps", url: `${product}/next-steps?region_id=${regionId}`, headers: key },
      { name: "GET .../also-bought", url: `${product}/also-bought?region_id=${regionId}`, headers: key },
      // a different visitor each request: the offer is decided on that visitor's profile
      { name: "GET /store/offers", url: `${baseUrl}/store/offers?placement=home`, headers: asVisitor },
      {
        name: "GET /store/wishlists (guest)",
        url: `${baseUrl}/store/wishlists?region_id=${regionId}`,
        headers: { ...key, "x-wishlist-token": wishlistToken },
      },
      { name: "GET /store/feedback/:token", url: `${baseUrl}/store/feedback/${surveyToken}`, headers: key },
      {
        name: `POST /store/touchpoints/events x${EVENTS_PER_BATCH}`,
        url: `${baseUrl}/store/touchpoints/events`,
        method: "POST",
        headers: (i) => ({ ...asVisitor(i), "content-type": "application/json" }),
        body: () => pageViewBatch(`${eventsMarker}/${batches++}`),
      },
    ],
  }
}
