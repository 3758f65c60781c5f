// What the load needs from a running store, found through its store API: a region, a product with real
// "bought together" statistics, visitors who gave analytics consent, a guest's wishlist and an open survey.

import { storeClient } from "../lib/store-client.mjs"
import { openBenchSurvey } from "./feedback-survey.mjs"

const VISITORS = 200
const WISHLIST_ITEMS = 5

/**
 * @param {{ baseUrl: string, publishableKey: string, databaseUrl: string, log: (line: string) => void }} options
 */
export async function prepareFixtures({ baseUrl, publishableKey, databaseUrl, log }) {
  const call = storeClient(baseUrl, publishableKey)
  const { regions } = await call("/store/regions?fields=id,currency_code")
  const region = regions.find((r) => r.currency_code === "eur") ?? regions[0]
  const { products } = await call(`/store/products?limit=40&fields=id,metadata,variants.id&region_id=${region.id}`)
  const buyable = products.filter((product) => product.metadata?.discontinued !== true && product.variants.length)

  const productId = await productWithStatistics(call, buyable, region.id)
  log(`product ${productId} (its also-bought block comes from the seeded orders' statistics)`)

  // visitor ids as the store issues them (signed)
  const visitors = []
  for (let i = 0; i < VISITORS; i += 1) {
    visitors.push((await call("/store/touchpoints/visitor", { method: "POST", body: {} })).visitor_id)
  }
  for (const visitor of visitors) {
    await call("/store/touchpoints/consent", {
      method: "POST",
      headers: { "x-touchpoints-visitor": visitor },
      body: { analytics: true },
    })
  }
  log(`${VISITORS} visitors gave analytics consent`)

  let wishlistToken
  for (const product of buyable.slice(0, WISHLIST_ITEMS)) {
    const saved = await call("/store/wishlists/default/items", {
      method: "POST",
      headers: wishlistToken ? { "x-wishlist-token": wishlistToken } : {},
      body: { variant_id: product.variants[0].id, region_id: region.id },
    })
    wishlistToken ??= saved.guest_token
  }
  log(`a guest saved ${WISHLIST_ITEMS} items`)

  const surveyToken = await openBenchSurvey(databaseUrl)
  await call(`/store/feedback/${surveyToken}`) // fails here, not mid-load, if the survey does not open
  return { regionId: region.id, productId, visitors, wishlistToken, surveyToken }
}

/** The first product whose companions come from the statistics (not the same-category fallback). */
async function productWithStatistics(call, products, regionId) {
  for (const product of products) {
    const { companions } = await call(`/store/products/${product.id}/also-bought?region_id=${regionId}`)
    if (companions.some((companion) => companion.source === "rules")) return product.id
  }
  throw new Error("no product among the first 40 has also-bought statistics: is the store seeded?")
}
