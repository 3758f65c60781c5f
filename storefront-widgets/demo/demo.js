// The demo storefront's entry script: reads window.TP_DEMO (set by ./config.js, which the host store serves),
// talks to the Medusa store API through the widgets' runtime and tracks the shopper's journey.
// Each page names what it shows in <body data-page="home|category|product|cart|account|wishlist|feedback">.
// Helpers live beside it: dom.js (elements), shop.js (store API and cart), cart-page.js (cart and saved items).

import { cartPage } from "./cart-page.js"
import { cheapest, h, notice, price, show } from "./dom.js"
import { addToCart, adoptCart, currentCart, listProducts, region, updateCartBadge } from "./shop.js"
import { flush, getConsent, getVisitorId, openConsent, storeFetch, track } from "./widgets/touchpoints.js"

const settings = window.TP_DEMO ?? {}
const page = document.body.dataset.page ?? "home"
const params = new URLSearchParams(location.search)

function productCard(product) {
  const href = `product.html?handle=${encodeURIComponent(product.handle)}`
  const variant = cheapest(product)
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
      h("span", { className: "card-price" }, price(variant))
    ),
    // outside the link (no button inside a link); the whole grid shares one wishlist read
    variant && !isDiscontinued(product)
      ? h("tp-wishlist-button", { "variant-id": variant.id, "product-id": product.id })
      : null
  )
}

/** The shop marks products it no longer sells with `metadata.discontinued` (Medusa has no such status). */
function isDiscontinued(product) {
  return product.metadata?.discontinued === true
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

// ---- pages ---------------------------------------------------------------------------------------------

async function homePage() {
  const [products, nav, cart] = await Promise.all([listProducts(), categoryNav(), currentCart()])
  // the shopper's offer, if they have earned one (also where an emailed offer link lands: ?tp_offer_token=)
  const offer = h("tp-offer", { placement: "home", "cart-id": cart?.id })
  show(h("h1", {}, "Fresh picks"), offer, nav, productGrid(products))
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
  const [current, cart] = await Promise.all([region(), currentCart()])
  const { products } = await storeFetch("/store/products", {
    query: {
      handle,
      region_id: current?.id,
      fields: "id,title,handle,description,thumbnail,metadata,*images,*variants,*variants.calculated_price",
    },
  })
  const product = products[0]
  if (!product) {
    // gone or never there: no dead end, the widget says what happened and leads on
    show(
      h("h1", {}, "Product not found"),
      h("tp-next-steps", { handle, "region-id": current?.id, "product-url-template": "product.html?handle={handle}" }),
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
  // a discontinued product cannot be saved (the wishlist answers 404): say so instead of offering the heart
  const heart = isDiscontinued(product)
    ? h("p", { className: "notice" }, "Discontinued: no longer sold.")
    : h("tp-wishlist-button", {
        "variant-id": variants[0]?.id,
        "product-id": product.id,
        "region-id": current?.id,
        "show-count": true,
      })
  select.addEventListener("change", () => heart.setAttribute("variant-id", select.value))
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
        h("div", { className: "title-row" }, h("h1", {}, product.title), heart),
        h("p", { className: "price" }, price(cheapest(product))),
        product.description ? h("p", {}, product.description) : null,
        form,
        status
      )
    ),
    h("tp-offer", { placement: "product", "cart-id": cart?.id }),
    // "others also bought" and the discounted bundle; they add to the demo's cart, or make one (adopted below)
    h("tp-bundle", {
      "product-id": product.id,
      "region-id": current?.id,
      "cart-id": cart?.id,
      "product-url-template": "product.html?handle={handle}",
    }),
    h("tp-also-bought", {
      "product-id": product.id,
      "region-id": current?.id,
      "cart-id": cart?.id,
      "product-url-template": "product.html?handle={handle}",
    }),
    // three more ways on: similar, the brand's best sellers, for you
    h("tp-next-steps", {
      "product-id": product.id,
      "region-id": current?.id,
      "product-url-template": "product.html?handle={handle}",
    })
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
  const [cart, current] = await Promise.all([currentCart(), region()])
  const parts = [
    h("h1", {}, "Your account"),
    h("tp-wishlist", {
      "cart-id": cart?.id,
      "region-id": current?.id,
      "product-url-template": "product.html?handle={handle}",
    }),
    h("h2", {}, "Privacy"),
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

/** A shared wishlist, read-only: wishlist.html?token=... (the link <tp-wishlist> makes when sharing). */
async function wishlistPage() {
  const token = params.get("token")
  if (!token) {
    show(h("h1", {}, "Shared wishlist"), notice("This link has no list in it."))
    return
  }
  const current = await region()
  show(
    h("h1", {}, "Shared wishlist"),
    h("tp-wishlist", {
      "share-token": token,
      "region-id": current?.id,
      "product-url-template": "product.html?handle={handle}",
    })
  )
}

/** The survey page a feedback email's score links land on: feedback.html?token=... (the score is already saved). */
async function feedbackPage() {
  show(
    h("h1", {}, "Your feedback"),
    params.get("token")
      ? h("tp-feedback-survey", {})
      : notice("This page opens from the survey email: use one of its score links.")
  )
}

const pages = {
  home: homePage,
  category: categoryPage,
  product: productPage,
  cart: cartPage,
  account: accountPage,
  wishlist: wishlistPage,
  feedback: feedbackPage,
}

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
  document.addEventListener("tp:cart-changed", (event) => {
    // a widget that had no cart made one: it is the demo's cart from now on
    adoptCart(event.detail?.cart_id)
    void updateCartBadge()
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
