import { requireBackend } from "./backend"

/**
 * Test data through the real store API, from Node (the same calls a storefront makes): regions, products with
 * stock, carts with a line, customer login. Nothing is created behind the API's back.
 */

export interface StockedVariant {
  variantId: string
  productId: string
  productTitle: string
  handle: string
  /** Price in the region, major units. */
  amount: number
}

interface Variant {
  id: string
  manage_inventory?: boolean
  allow_backorder?: boolean
  inventory_quantity?: number | null
  calculated_price?: { calculated_amount?: number | null } | null
}
interface Product {
  id: string
  title: string
  handle: string
  metadata?: Record<string, unknown> | null
  variants?: Variant[]
}

export async function storeCall<T>(
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}
): Promise<T> {
  const { url, key } = requireBackend()
  const response = await fetch(`${url}${path}`, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: {
      "x-publishable-api-key": key,
      ...(init.body === undefined ? {} : { "content-type": "application/json" }),
      ...init.headers,
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${init.method ?? "GET"} ${path}: ${response.status} ${text}`)
  return (text ? JSON.parse(text) : undefined) as T
}

let regionPromise: Promise<{ id: string; currency_code: string }> | undefined
/** The demo seed's EUR region (the first region otherwise). */
export function euroRegion(): Promise<{ id: string; currency_code: string }> {
  regionPromise ??= storeCall<{ regions: { id: string; currency_code: string }[] }>(
    "/store/regions?fields=id,currency_code&limit=50"
  ).then(({ regions }) => {
    const region = regions.find((entry) => entry.currency_code === "eur") ?? regions[0]
    if (!region) throw new Error("The store has no region: seed it (npm start seeds the demo store)")
    return region
  })
  return regionPromise
}

let catalogPromise: Promise<{ inStock: StockedVariant[]; soldOut: StockedVariant[] }> | undefined
/**
 * Priced variants in the EUR region of products still sold: with plenty of stock (for carts), and sold out
 * (managed stock 0, no backorder; the demo seed has several).
 */
export function catalog(): Promise<{ inStock: StockedVariant[]; soldOut: StockedVariant[] }> {
  catalogPromise ??= (async () => {
    const region = await euroRegion()
    const fields = "id,title,handle,metadata,*variants,+variants.inventory_quantity,*variants.calculated_price"
    const { products } = await storeCall<{ products: Product[] }>(
      `/store/products?limit=200&region_id=${region.id}&fields=${encodeURIComponent(fields)}`
    )
    const inStock: StockedVariant[] = []
    const soldOut: StockedVariant[] = []
    // products the shop marked discontinued are neither saveable nor stocked examples
    for (const product of products.filter((entry) => entry.metadata?.discontinued !== true)) {
      for (const variant of product.variants ?? []) {
        const amount = variant.calculated_price?.calculated_amount
        if (amount === null || amount === undefined) continue
        const entry = {
          variantId: variant.id,
          productId: product.id,
          productTitle: product.title,
          handle: product.handle,
          amount,
        }
        const managed = variant.manage_inventory && !variant.allow_backorder
        if (managed && (variant.inventory_quantity ?? 0) <= 0) soldOut.push(entry)
        else if (!managed || (variant.inventory_quantity ?? 0) >= 5) inStock.push(entry)
      }
    }
    if (inStock.length < 5) throw new Error("The store has too few products in stock: seed the demo store")
    return { inStock, soldOut }
  })()
  return catalogPromise
}

/**
 * A random in-stock variant of a product none of `exclude` (variant ids) belongs to: tests share one store, and
 * different products keep them apart (and keep product titles unique on a page).
 */
export async function someVariant(exclude: string[] = []): Promise<StockedVariant> {
  const { inStock, soldOut } = await catalog()
  const taken = new Set(
    [...inStock, ...soldOut].filter((entry) => exclude.includes(entry.variantId)).map((entry) => entry.productId)
  )
  const candidates = inStock.filter((entry) => !taken.has(entry.productId))
  const picked = candidates[Math.floor(Math.random() * candidates.length)]
  if (!picked) throw new Error("no in-stock variant left to pick")
  return picked
}

/** `count` in-stock variants of different products (none of `exclude`'s products). */
export async function someVariants(count: number, exclude: string[] = []): Promise<StockedVariant[]> {
  const picked: StockedVariant[] = []
  for (let index = 0; index < count; index++) {
    picked.push(await someVariant([...exclude, ...picked.map((entry) => entry.variantId)]))
  }
  return picked
}

export interface TestCart {
  id: string
  lines: { id: string; variant_id: string; product_title?: string | null }[]
}

/** `POST /store/carts` in the EUR region, then one `POST /store/carts/:id/line-items` per variant. */
export async function createCart(variants: StockedVariant[], quantity = 1): Promise<TestCart> {
  const region = await euroRegion()
  const { cart } = await storeCall<{ cart: { id: string } }>("/store/carts", { body: { region_id: region.id } })
  let items: TestCart["lines"] = []
  for (const variant of variants) {
    const answer = await storeCall<{ cart: { items: TestCart["lines"] } }>(`/store/carts/${cart.id}/line-items`, {
      body: { variant_id: variant.variantId, quantity },
    })
    items = answer.cart.items
  }
  return { id: cart.id, lines: items }
}

/** The cart's current lines. */
export async function cartLines(cartId: string): Promise<TestCart["lines"]> {
  const { cart } = await storeCall<{ cart: { items: TestCart["lines"] } }>(`/store/carts/${cartId}?fields=*items`)
  return cart.items ?? []
}

/** `POST /auth/customer/emailpass`: a customer's bearer token (demo seed: shopper1@example.com / supersecret). */
export async function customerToken(email = "shopper1@example.com", password = "supersecret"): Promise<string> {
  const { url } = requireBackend()
  const response = await fetch(`${url}/auth/customer/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  })
  const body = (await response.json()) as { token?: string; message?: string }
  if (!response.ok || !body.token) throw new Error(`login as ${email} failed: ${response.status} ${body.message ?? ""}`)
  return body.token
}
