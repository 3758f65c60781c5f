// Auth set-up and real ids: an admin, two logged-in customers (A owns the data, B is the foreign shopper),
// a guest with its own visitor id and list token, and an anonymous caller; ids read back from the API.
import { must, send } from "./http.mjs"

const ADMIN = { email: process.env.FUZZ_ADMIN_EMAIL || "admin@touchpoints.local", password: "supersecret" }

async function adminToken(base) {
  const password = process.env.FUZZ_ADMIN_PASSWORD || ADMIN.password
  const { token } = await must(base, "POST", "/auth/user/emailpass", { body: { json: { ...ADMIN, password } } })
  return token
}

async function publishableKey(base, admin) {
  if (process.env.TP_PUBLISHABLE_KEY) {
    return process.env.TP_PUBLISHABLE_KEY
  }
  const { api_keys } = await must(base, "GET", "/admin/api-keys?type=publishable&limit=1", { headers: admin })
  if (!api_keys.length) {
    throw new Error("the store has no publishable key")
  }
  return api_keys[0].token
}

/** Logs a fuzz customer in, registering it on first use (the same email on every run: no pile-up). */
async function customerToken(base, key, email) {
  const password = "fuzz-supersecret"
  const login = await send(base, "POST", "/auth/customer/emailpass", { body: { json: { email, password } } })
  if (login.status === 200 && login.json?.token) {
    return login.json.token
  }
  const { token } = await must(base, "POST", "/auth/customer/emailpass/register", {
    body: { json: { email, password } },
  })
  await must(base, "POST", "/store/customers", {
    headers: { authorization: `Bearer ${token}`, "x-publishable-api-key": key },
    body: { json: { email, first_name: "Fuzz", last_name: "Shopper" } },
  })
  return (await must(base, "POST", "/auth/customer/emailpass", { body: { json: { email, password } } })).token
}

/** A shopper's data: a list with an item and a share link, a cart with a line. */
async function shopperData(base, headers, variantId, regionId) {
  const saved = await must(base, "POST", "/store/wishlists/default/items", {
    headers,
    body: { json: { variant_id: variantId } },
  })
  const share = await must(base, "POST", `/store/wishlists/${saved.wishlist.id}/share`, { headers, body: { json: {} } })
  const { cart } = await must(base, "POST", "/store/carts", { headers, body: { json: { region_id: regionId } } })
  const withLine = await must(base, "POST", `/store/carts/${cart.id}/line-items`, {
    headers,
    body: { json: { variant_id: variantId, quantity: 1 } },
  })
  return {
    wishlist: saved.wishlist.id,
    item: saved.item.id,
    share: share.share.token,
    cart: cart.id,
    line: withLine.cart.items[0].id,
    guestToken: saved.guest_token,
  }
}

/** The first variant a list takes (some demo products are discontinued or out of the channel). */
async function savableVariant(base, headers, products) {
  for (const variant of products.flatMap((product) => product.variants ?? [])) {
    const saved = await send(base, "POST", "/store/wishlists/default/items", {
      headers,
      body: { json: { variant_id: variant.id } },
    })
    if (saved.status === 200) {
      return variant.id
    }
  }
  throw new Error("no product variant of the store can be saved to a list")
}

const firstIds = async (base, headers, path, key, count = 2) =>
  ((await send(base, "GET", path, { headers })).json?.[key] ?? []).slice(0, count).map((row) => row.id)

/** Everyone the fuzzer sends as, and the pools of real/foreign ids per param kind. */
export async function setUp(base) {
  const admin = { authorization: `Bearer ${await adminToken(base)}` }
  const key = await publishableKey(base, admin)
  const store = { "x-publishable-api-key": key }
  const customerA = {
    ...store,
    authorization: `Bearer ${await customerToken(base, key, "fuzz-a@fuzz.touchpoints.local")}`,
  }
  const customerB = {
    ...store,
    authorization: `Bearer ${await customerToken(base, key, "fuzz-b@fuzz.touchpoints.local")}`,
  }

  const { products } = await must(base, "GET", "/store/products?limit=10&fields=id,*variants", { headers: store })
  const { regions } = await must(base, "GET", "/store/regions?limit=1", { headers: store })
  const variantId = await savableVariant(base, customerA, products)
  const a = await shopperData(base, customerA, variantId, regions[0].id)
  const b = await shopperData(base, customerB, variantId, regions[0].id)
  // a visitor id as the store issues it (signed); the admin's visitor lookup takes the stored part
  const { visitor_id: guestVisitor } = await must(base, "POST", "/store/touchpoints/visitor", {
    headers: store,
    body: { json: {} },
  })
  const guestSaved = await must(base, "POST", "/store/wishlists/default/items", {
    headers: { ...store, "x-touchpoints-visitor": guestVisitor },
    body: { json: { variant_id: variantId } },
  })
  const guest = { ...store, "x-touchpoints-visitor": guestVisitor, "x-wishlist-token": guestSaved.guest_token }

  const offers = await firstIds(base, admin, "/admin/offers?limit=2", "offers")
  const segments = await firstIds(base, admin, "/admin/segments?limit=2", "segments")
  const brands = await firstIds(base, admin, "/admin/brands?limit=2", "brands")
  const orders = await firstIds(base, admin, "/admin/orders?limit=2&fields=id", "orders")
  const productIds = products.map((p) => p.id)

  const pools = {
    "wishlists:id": { real: [a.wishlist, "default"], foreign: [b.wishlist], prefix: "wl" },
    item: { real: [a.item], foreign: [b.item], prefix: "wli" },
    "carts:id": { real: [a.cart], foreign: [b.cart], prefix: "cart" },
    line: { real: [a.line], foreign: [b.line], prefix: "cali" },
    "shared-wishlists:token": { real: [a.share], foreign: [b.share], prefix: "sh" },
    "products:id": { real: productIds, foreign: [], prefix: "prod" },
    product: { real: productIds, foreign: [], prefix: "prod" },
    companion: { real: productIds.slice(1), foreign: [], prefix: "prod" },
    "offers:id": { real: offers, foreign: [], prefix: "offer" },
    offer: { real: offers, foreign: [], prefix: "offer" },
    "segments:id": { real: segments, foreign: [], prefix: "seg" },
    "brands:id": { real: brands, foreign: [], prefix: "brand" },
    order: { real: orders, foreign: [], prefix: "order" },
    "visitors:id": { real: [guestVisitor.split(".")[0]], foreign: [], prefix: "visitor" },
    score: { real: ["0", "7", "10"], foreign: [], prefix: "score" },
  }
  const actors = { anonymous: {}, guest, customer: customerA, foreign: customerB, admin }
  return { actors, pools, ids: { a, b } }
}

/** Which callers fit a route: admin routes get admin plus the rest (who must be refused). */
export function actorsFor(path) {
  if (path.startsWith("/admin/")) {
    return ["admin", "admin", "admin", "customer", "anonymous"]
  }
  return ["anonymous", "guest", "customer", "foreign"]
}
