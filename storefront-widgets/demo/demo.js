// The demo storefront's only script: reads window.TP_DEMO (set by ./config.js, which the host store serves),
// talks to the Medusa store API through the widgets' runtime and tracks the shopper's journey.
// Each page names what it shows in <body data-page="home|category|product|cart|account">.
import { flush, formatMoney, getConsent, getVisitorId, openConsent, storeFetch, track } from "./widgets/touchpoints.js"

const CART_KEY = "tp_demo_cart_id"
const settings = window.TP_DEMO ?? {}
const page = document.body.dataset.page ?? "home"
const main = document.querySelector("main")
const params = new URLSearchParams(location.search)

/** Builds an element; text children are always text nodes (API data never becomes markup). */
function h(tag, props = {}, ...children) {
  const node = document.createElement(tag)
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value)
    else if (key in node && key !== "list") node[key] = value
    else node.setAttribute(key, value === true ? "" : String(value))
  }
  node.append(...children.flat().filter((child) => child !== null && child !== undefined))
  return node
}

function show(...nodes) {
  main.replaceChildren(...nodes.filter((node) => node !== null && node !== undefined))
}

function notice(text, kind = "info") {
  return h("p", { className: `notice notice-${kind}`, role: kind === "error" ? "alert" : "status" }, text)
}

function price(variant) {
  const calculated = variant?.calculated_price
  if (!calculated || calculated.calculated_amount == null) return ""
  return formatMoney(calculated.calculated_amount, calculated.currency_code)
}

function cheapest(product) {
  const priced = (product.variants ?? []).filter((variant) => variant.calculated_price?.calculated_amount != null)
  priced.sort((a, b) => a.calculated_price.calculated_amount - b.calculated_price.calculated_amount)
  return priced[0]
}

let regionPromise
/** The shop's first region (prices and carts need one). */
function region() {
  regionPromise ??= storeFetch("/store/regions", { query: { limit: 1, fields: "id,name,currency_code" } }).then(
    ({ regions }) => regions[0] ?? null
  )
  return regionPromise
}

const LIST_FIELDS = "id,title,handle,thumbnail,*variants.calculated_price"

async function listProducts(query = {}) {
  const current = await region()
  const { products } = await storeFetch("/store/products", {
    query: { limit: 12, fields: LIST_FIELDS, region_id: current?.id, ...query },
  })
  return products
}

function productCard(product) {
  const href = `product.html?handle=${encodeURIComponent(product.handle)}`
  return h(
    "li",
    { className: "card" },
    h(
      "a",
      { href },
      product.thumbnail
        ? h("img", { src: product.thumbnail, alt: "", loading: "lazy", width: 320, height: 240 })
        : h("span", { className: "placeholder", "aria-hidden": "true" }),
      h("span", { className: "card-title" }, product.title),
      h("span", { className: "card-price" }, price(cheapest(product)))
    )
  )
}

function productGrid(products) {
  if (products.length === 0) return notice("No products yet: seed the store (see the project README).")
  return h("ul", { className: "grid" }, products.map(productCard))
}

async function categoryNav() {
  const { product_categories: categories } = await storeFetch("/store/product-categories", {
    query: { limit: 20, fields: "id,name,handle" },
  })
  if (categories.length === 0) return null
  return h(
    "nav",
    { className: "categories", "aria-label": "Categories" },
    h(
      "ul",
      {},
      categories.map((category) =>
        h("li", {}, h("a", { href: `category.html?handle=${encodeURIComponent(category.handle)}` }, category.name))
      )
    )
  )
}

// ---- cart ----------------------------------------------------------------------------------------------

async function currentCart() {
  const id = localStorage.getItem(CART_KEY)
  if (!id) return null
  try {
    const { cart } = await storeFetch(`/store/carts/${encodeURIComponent(id)}`)
    if (cart.completed_at) throw new Error("completed")
    return cart
  } catch {
    localStorage.removeItem(CART_KEY)
    return null
  }
}

async function ensureCart() {
  const existing = await currentCart()
  if (existing) return existing
  const current = await region()
  const { cart } = await storeFetch("/store/carts", { body: current ? { region_id: current.id } : {} })
  localStorage.setItem(CART_KEY, cart.id)
  return cart
}

async function addToCart(product, variantId, quantity) {
  const cart = await ensureCart()
  const { cart: updated } = await storeFetch(`/store/carts/${cart.id}/line-items`, {
    body: { variant_id: variantId, quantity },
  })
  track({ type: "add_to_cart", product_id: product.id, variant_id: variantId, quantity, cart_id: cart.id })
  document.dispatchEvent(new CustomEvent("tp:cart-changed", { detail: { cart_id: cart.id }, bubbles: true }))
  return updated
}

async function updateCartBadge() {
  const badge = document.querySelector("[data-cart-count]")
  if (!badge) return
  const cart = await currentCart().catch(() => null)
  const count = (cart?.items ?? []).reduce((sum, item) => sum + item.quantity, 0)
  badge.textContent = count > 0 ? String(count) : ""
}

// ---- pages ---------------------------------------------------------------------------------------------

async function homePage() {
  const [products, nav] = await Promise.all([listProducts(), categoryNav()])
  show(h("h1", {}, "Fresh picks"), nav, productGrid(products))
}

async function categoryPage() {
  const handle = params.get("handle")
  const { product_categories: found } = await storeFetch("/store/product-categories", {
    query: { handle: handle ?? "", fields: "id,name,handle,description" },
  })
  const category = found[0]
  if (!category) {
    show(h("h1", {}, "Category not found"), notice(`No category "${handle ?? ""}".`), await categoryNav())
    return
  }
  document.title = `${category.name} · Touchpoints demo`
  track({ type: "category_view", category_id: category.id })
  const products = await listProducts({ category_id: category.id })
  show(
    h("h1", {}, category.name),
    category.description ? h("p", {}, category.description) : null,
    productGrid(products)
  )
}

async function productPage() {
  const handle = params.get("handle") ?? ""
  const current = await region()
  const { products } = await storeFetch("/store/products", {
    query: {
      handle,
      region_id: current?.id,
      fields: "id,title,handle,description,thumbnail,*images,*variants,*variants.calculated_price",
    },
  })
  const product = products[0]
  if (!product) {
    show(
      h("h1", {}, "Product not found"),
      notice(`No product "${handle}".`),
      h("a", { href: "index.html" }, "Back home")
    )
    return
  }
  document.title = `${product.title} · Touchpoints demo`
  track({ type: "product_view", product_id: product.id })

  const variants = product.variants ?? []
  const status = h("p", { className: "status", role: "status" })
  const select = h(
    "select",
    { id: "variant", name: "variant" },
    variants.map((variant) =>
      h("option", { value: variant.id }, [variant.title, price(variant)].filter(Boolean).join(" · "))
    )
  )
  const quantity = h("input", { id: "quantity", name: "quantity", type: "number", min: 1, max: 99, value: 1 })
  const button = h("button", { type: "submit", className: "primary", disabled: variants.length === 0 }, "Add to cart")
  const form = h(
    "form",
    {
      className: "buy",
      onsubmit: async (event) => {
        event.preventDefault()
        button.disabled = true
        status.textContent = "Adding…"
        try {
          await addToCart(product, select.value, Math.max(1, Number.parseInt(quantity.value, 10) || 1))
          status.replaceChildren("Added. ", h("a", { href: "cart.html" }, "View cart"))
          await updateCartBadge()
        } catch (error) {
          status.textContent = `Could not add to cart: ${error.message}`
        } finally {
          button.disabled = false
        }
      },
    },
    h("label", { htmlFor: "variant" }, "Variant"),
    select,
    h("label", { htmlFor: "quantity" }, "Quantity"),
    quantity,
    button
  )
  const image = product.thumbnail ?? product.images?.[0]?.url
  show(
    h(
      "article",
      { className: "product" },
      image ? h("img", { src: image, alt: product.title, width: 480, height: 360 }) : null,
      h(
        "div",
        {},
        h("h1", {}, product.title),
        h("p", { className: "price" }, price(cheapest(product))),
        product.description ? h("p", {}, product.description) : null,
        form,
        status
      )
    )
  )
}

async function cartPage() {
  const cart = await currentCart()
  if (!cart || (cart.items ?? []).length === 0) {
    show(h("h1", {}, "Your cart"), notice("Your cart is empty."), h("a", { href: "index.html" }, "Continue shopping"))
    return
  }
  const rows = cart.items.map((item) =>
    h(
      "tr",
      {},
      h("td", {}, item.product_title ?? item.title, item.variant_title ? ` (${item.variant_title})` : ""),
      h("td", { className: "num" }, String(item.quantity)),
      h("td", { className: "num" }, formatMoney(item.total ?? item.unit_price * item.quantity, cart.currency_code))
    )
  )
  const checkout = h(
    "button",
    {
      type: "button",
      className: "primary",
      onclick: () => {
        track({ type: "checkout_started", cart_id: cart.id })
        checkout.replaceWith(notice("Checkout is not part of this demo; checkout_started was tracked."))
      },
    },
    "Checkout"
  )
  show(
    h("h1", {}, "Your cart"),
    h(
      "table",
      { className: "cart" },
      h(
        "thead",
        {},
        h("tr", {}, h("th", {}, "Item"), h("th", { className: "num" }, "Qty"), h("th", { className: "num" }, "Total"))
      ),
      h("tbody", {}, rows),
      h(
        "tfoot",
        {},
        h(
          "tr",
          {},
          h("th", { colSpan: 2 }, "Total"),
          h("td", { className: "num" }, formatMoney(cart.total, cart.currency_code))
        )
      )
    ),
    checkout
  )
}

async function accountPage() {
  const visitorId = getVisitorId()
  const choice = getConsent()
  const facts = h(
    "dl",
    { className: "facts" },
    h("dt", {}, "Privacy choice"),
    h("dd", {}, choice === "all" ? "Accept all" : choice === "necessary" ? "Necessary only" : "Not chosen yet"),
    h("dt", {}, "Visitor id"),
    h("dd", {}, visitorId ?? "none (created only after you accept analytics)")
  )
  const parts = [
    h("h1", {}, "Your account"),
    facts,
    h("button", { type: "button", onclick: () => openConsent() }, "Change privacy choice"),
  ]
  if (visitorId) {
    await flush()
    try {
      const { visitor } = await storeFetch("/store/touchpoints/visitor")
      parts.push(
        h("h2", {}, "What this shop knows about this browser"),
        h("pre", { className: "profile" }, JSON.stringify(visitor, null, 2))
      )
    } catch (error) {
      parts.push(notice(`No profile yet (${error.message}).`))
    }
  }
  show(...parts)
}

const pages = { home: homePage, category: categoryPage, product: productPage, cart: cartPage, account: accountPage }

async function start() {
  const config = document.querySelector("tp-config")
  if (!settings.publishableKey) {
    show(
      notice(
        "Demo not configured: the host store serves demo/config.js setting window.TP_DEMO = { backendUrl, publishableKey }.",
        "error"
      )
    )
    return
  }
  config?.setAttribute("backend-url", settings.backendUrl ?? location.origin)
  config?.setAttribute("publishable-key", settings.publishableKey)

  document.addEventListener("tp-error", (event) => {
    const box = document.querySelector("[data-errors]")
    box?.replaceChildren(notice(event.detail.error.message, "error"))
  })
  document.addEventListener("tp-consent-change", () => {
    if (page === "account") void accountPage()
  })
  for (const link of document.querySelectorAll("[data-open-consent]")) {
    link.addEventListener("click", (event) => {
      event.preventDefault()
      openConsent()
    })
  }

  void updateCartBadge()
  try {
    await (pages[page] ?? homePage)()
  } catch (error) {
    show(notice(`Could not load this page: ${error.message}`, "error"))
  } finally {
    track({ type: "page_view" }) // after rendering, so the title names the product or category
  }
}

void start()
