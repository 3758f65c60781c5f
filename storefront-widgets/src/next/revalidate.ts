import { revalidateTag } from "next/cache"
import { cookies } from "next/headers"

export interface RevalidateCartOptions {
  /** The cart a widget changed (`tp:cart-changed` detail `cart_id`). */
  cartId?: string
  /** Why (`tp:cart-changed` detail `reason`). Informational: no reason replaces an existing cart cookie. */
  reason?: string
  /** The cookie whose value the starter appends to its cache tags. Default "_medusa_cache_id". */
  cacheIdCookie?: string
  /** The httpOnly cookie holding the shopper's cart id. Default "_medusa_cart_id". */
  cartCookie?: string
  /** Cache tags to revalidate, each as `<tag>-<cache id>` like the starter's `getCacheTag`. Default carts, fulfillment. */
  tags?: readonly string[]
  /** Seconds the adopted cart cookie lives. Default one week, as in the starter. */
  cartCookieMaxAge?: number
  /** Whether the adopted cart cookie is `Secure`. Default: in production (`NODE_ENV`), as in the starter. */
  secureCookie?: boolean
}

const CART_ID = /^cart_[A-Za-z0-9]{1,64}$/

/**
 * For a server action the cart bridge calls after a widget changed the cart: revalidates the storefront's cached
 * cart (Medusa's starter tags it `carts-<cache id>`), and when the shopper had no cart yet makes the widget's
 * cart the shopper's (httpOnly cart cookie): a widget's new cart, or the new cart a reminder link's lines went
 * into. An existing cart cookie is never replaced, for any reason, so neither a page nor a link mailed by
 * someone else can swap the shopper's cart (`<tp-cart-recovery cart-id>` adds a link's lines to that cart).
 */
export async function revalidateMedusaCart(options: RevalidateCartOptions = {}): Promise<void> {
  const jar = await cookies()
  const cacheId = jar.get(options.cacheIdCookie ?? "_medusa_cache_id")?.value
  for (const tag of options.tags ?? ["carts", "fulfillment"]) {
    revalidateTag(cacheId ? `${tag}-${cacheId}` : tag)
  }
  const cartCookie = options.cartCookie ?? "_medusa_cart_id"
  const cartId = options.cartId
  if (!cartId || !CART_ID.test(cartId)) return
  if (jar.get(cartCookie)?.value) return
  jar.set(cartCookie, cartId, {
    httpOnly: true,
    sameSite: "strict",
    secure: options.secureCookie ?? process.env.NODE_ENV === "production",
    maxAge: options.cartCookieMaxAge ?? 60 * 60 * 24 * 7,
    path: "/",
  })
}
