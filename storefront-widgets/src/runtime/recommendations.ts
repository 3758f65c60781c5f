import { storeFetch } from "./client.js"
import { emit } from "./events.js"
import type { AlsoBoughtAnswer, Bundle, NextSteps } from "./recommendation-types.js"
import { track } from "./track.js"
import type { RecommendationPlacement } from "./types.js"

const segment = (value: string) => `/${encodeURIComponent(value)}`

/** Companions of a product page, or of a whole cart (nothing already in it). */
export function fetchAlsoBought(
  options: { productId?: string | null; cartId?: string | null; limit: number; regionId?: string | null },
  reportTo?: EventTarget
): Promise<AlsoBoughtAnswer> {
  const path = options.productId
    ? `/store/products${segment(options.productId)}/also-bought`
    : `/store/carts${segment(options.cartId ?? "")}/also-bought`
  const query = options.productId
    ? { limit: options.limit, region_id: options.regionId ?? undefined }
    : { limit: options.limit }
  return storeFetch<AlsoBoughtAnswer>(path, { query, reportTo })
}

/** The three link groups of a product page, by product id or by handle (also of gone or unknown products). */
export function fetchNextSteps(
  options: { productId?: string | null; handle?: string | null; limit?: number; regionId?: string | null },
  reportTo?: EventTarget
): Promise<NextSteps> {
  const query = { limit: options.limit, region_id: options.regionId ?? undefined }
  return options.productId
    ? storeFetch<NextSteps>(`/store/products${segment(options.productId)}/next-steps`, { query, reportTo })
    : storeFetch<NextSteps>("/store/next-steps", { query: { ...query, handle: options.handle ?? "" }, reportTo })
}

/** The product's bundle in the region; resolves null when it has none (a 404: nothing to show). */
export async function fetchBundle(productId: string, regionId: string): Promise<Bundle | null> {
  try {
    const { bundle } = await storeFetch<{ bundle: Bundle }>(`/store/products${segment(productId)}/bundle`, {
      query: { region_id: regionId },
      reportTo: null,
    })
    return bundle
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null
    throw error
  }
}

/** The cart to add to: the given one, or a new cart in the region (announced with `tp:cart-changed`). */
async function cartFor(cartId: string | null, regionId: string | null, target?: EventTarget): Promise<string> {
  if (cartId) return cartId
  const { cart } = await storeFetch<{ cart: { id: string } }>("/store/carts", {
    body: regionId ? { region_id: regionId } : {},
    reportTo: target,
  })
  return cart.id
}

/** Adds one unit of a variant to the cart (made when there is none); fires `tp:cart-changed`. */
export async function addVariantToCart(
  options: { variantId: string; cartId: string | null; regionId: string | null; reason: string },
  target?: EventTarget
): Promise<string> {
  const cartId = await cartFor(options.cartId, options.regionId, target)
  await storeFetch(`/store/carts${segment(cartId)}/line-items`, {
    body: { variant_id: options.variantId, quantity: 1 },
    reportTo: target,
  })
  emit("tp:cart-changed", { cart_id: cartId, reason: options.reason }, target)
  return cartId
}

/** Adds a whole bundle in one step (`POST /store/carts/:id/bundles`); fires `tp:cart-changed`. */
export async function addBundleToCart(
  options: { productId: string; cartId: string | null; regionId: string | null },
  target?: EventTarget
): Promise<{ cartId: string; discountTotal: number }> {
  const cartId = await cartFor(options.cartId, options.regionId, target)
  const { cart } = await storeFetch<{ cart: { id: string; discount_total?: number } }>(
    `/store/carts${segment(cartId)}/bundles`,
    { body: { product_id: options.productId }, reportTo: target }
  )
  emit("tp:cart-changed", { cart_id: cartId, reason: "bundle" }, target)
  return { cartId, discountTotal: Number(cart.discount_total ?? 0) }
}

/**
 * Sends one `recommendation_impression` when half of `element` has been visible (IntersectionObserver), once
 * per call; returns a function that stops watching.
 */
export function trackImpressionWhenVisible(
  element: Element,
  event: {
    placement: RecommendationPlacement
    anchorProductId?: string | null
    cartId?: string | null
    productIds: string[]
  }
): () => void {
  if (typeof IntersectionObserver === "undefined" || !event.productIds.length) return () => {}
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return
      observer.disconnect()
      track({
        type: "recommendation_impression",
        placement: event.placement,
        anchor_product_id: event.anchorProductId ?? undefined,
        cart_id: event.cartId ?? undefined,
        product_ids: event.productIds.slice(0, 50),
      })
    },
    { threshold: 0.5 }
  )
  observer.observe(element)
  return () => observer.disconnect()
}

/** Records that the shopper followed or added a recommended product. */
export function trackRecommendationClick(event: {
  placement: RecommendationPlacement
  anchorProductId?: string | null
  cartId?: string | null
  productId: string
}): void {
  track({
    type: "recommendation_click",
    placement: event.placement,
    anchor_product_id: event.anchorProductId ?? undefined,
    cart_id: event.cartId ?? undefined,
    product_id: event.productId,
  })
}
