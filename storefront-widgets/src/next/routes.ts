export type ProxyMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE"

/** One store route the widgets call: its methods and its path, `:name` standing for one path segment. */
export interface StoreRoute {
  methods: readonly ProxyMethod[]
  path: string
}

/**
 * Every store route a widget calls, and nothing else: the Touchpoints routes plus the three Medusa cart routes
 * the widgets use (create a cart, read its promotion codes, add a line). The proxy answers 404 to the rest.
 */
export const TOUCHPOINTS_STORE_ROUTES: readonly StoreRoute[] = [
  { methods: ["POST"], path: "/store/touchpoints/events" },
  { methods: ["POST"], path: "/store/touchpoints/consent" },
  { methods: ["GET", "POST"], path: "/store/touchpoints/email-consent" },
  { methods: ["GET", "POST"], path: "/store/touchpoints/visitor" },
  { methods: ["GET", "POST"], path: "/store/wishlists" },
  { methods: ["POST"], path: "/store/wishlists/merge" },
  { methods: ["GET", "POST", "DELETE"], path: "/store/wishlists/:id" },
  { methods: ["POST", "DELETE"], path: "/store/wishlists/:id/share" },
  { methods: ["POST"], path: "/store/wishlists/:id/items" },
  { methods: ["POST", "DELETE"], path: "/store/wishlists/:id/items/:item_id" },
  { methods: ["POST"], path: "/store/wishlists/:id/items/:item_id/move-to-cart" },
  { methods: ["GET"], path: "/store/shared-wishlists/:token" },
  { methods: ["GET"], path: "/store/wishlist-counts" },
  { methods: ["POST"], path: "/store/carts/:id/line-items/:line_id/save-for-later" },
  { methods: ["GET"], path: "/store/products/:id/also-bought" },
  { methods: ["GET"], path: "/store/carts/:id/also-bought" },
  { methods: ["GET"], path: "/store/products/:id/bundle" },
  { methods: ["POST"], path: "/store/carts/:id/bundles" },
  { methods: ["GET"], path: "/store/products/:id/next-steps" },
  { methods: ["GET"], path: "/store/next-steps" },
  { methods: ["GET"], path: "/store/offers" },
  { methods: ["POST"], path: "/store/offers/:id/events" },
  { methods: ["POST"], path: "/store/carts/:id/offers/:offer_id" },
  { methods: ["GET", "POST"], path: "/store/feedback/:token" },
  { methods: ["GET"], path: "/store/feedback/orders/:order_id" },
  { methods: ["GET", "POST"], path: "/store/cart-recovery/:token" },
  // Medusa's own cart routes, as the recommendation and offer widgets use them
  { methods: ["POST"], path: "/store/carts" },
  { methods: ["GET"], path: "/store/carts/:id" },
  { methods: ["POST"], path: "/store/carts/:id/line-items" },
]

/** An id or token segment: URL-safe characters only, so nothing can climb out of the path or hide a slash. */
const SEGMENT = /^[A-Za-z0-9_~-][A-Za-z0-9._~-]{0,511}$/

function matches(route: StoreRoute, segments: readonly string[]): boolean {
  const pattern = route.path.split("/").slice(1)
  if (pattern.length !== segments.length) return false
  return pattern.every((part, index) => {
    const segment = segments[index] ?? ""
    return part.startsWith(":") ? SEGMENT.test(segment) : part === segment
  })
}

/**
 * What the allow-list says about a path and method: "allowed", "method" (the path is a store route, the method
 * is not) or "unknown". A fixed segment also matching a parameter (`/store/wishlists/merge`) is fine: the
 * backend routes it the same way.
 */
export function allowed(routes: readonly StoreRoute[], method: string, path: string): "allowed" | "method" | "unknown" {
  const segments = path.split("/").slice(1)
  const found = routes.filter((route) => matches(route, segments))
  if (found.length === 0) return "unknown"
  return found.some((route) => (route.methods as readonly string[]).includes(method)) ? "allowed" : "method"
}
