// The cart page: the cart table (each line with <tp-save-for-later>) and, below it, <tp-wishlist> to move saved
// items back. Widgets announce cart changes with `tp:cart-changed`; only the cart part is drawn again then, so
// the list keeps its state and its announcements.

import { h, notice, show } from "./dom.js"
import { currentCart, region } from "./shop.js"
import { formatMoney, track } from "./widgets/touchpoints.js"

function cartTable(cart) {
  const rows = cart.items.map((item) =>
    h(
      "tr",
      {},
      h("td", {}, item.product_title ?? item.title, item.variant_title ? ` (${item.variant_title})` : ""),
      h("td", { className: "num" }, String(item.quantity)),
      h("td", { className: "num" }, formatMoney(item.total ?? item.unit_price * item.quantity, cart.currency_code)),
      h("td", {}, h("tp-save-for-later", { "cart-id": cart.id, "line-item-id": item.id }))
    )
  )
  return h(
    "table",
    { className: "cart" },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", {}, "Item"),
        h("th", { className: "num" }, "Qty"),
        h("th", { className: "num" }, "Total"),
        h("th", {}, h("span", { className: "visually-hidden" }, "Actions"))
      )
    ),
    h("tbody", {}, rows),
    h(
      "tfoot",
      {},
      h(
        "tr",
        {},
        h("th", { colSpan: 2 }, "Total"),
        h("td", { className: "num" }, formatMoney(cart.total, cart.currency_code)),
        h("td", {})
      )
    )
  )
}

/** Draws the cart part; returns the cart (or null). */
async function renderCart(section) {
  const cart = await currentCart()
  if (!cart || (cart.items ?? []).length === 0) {
    section.replaceChildren(notice("Your cart is empty."), h("a", { href: "index.html" }, "Continue shopping"))
    return cart
  }
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
  section.replaceChildren(cartTable(cart), checkout)
  return cart
}

export async function cartPage() {
  const heading = h("h1", { id: "cart-heading", tabIndex: -1 }, "Your cart")
  const section = h("section", { className: "cart-part", "aria-labelledby": "cart-heading" })
  const status = h("p", { className: "status", role: "status" })
  const [cart, current] = await Promise.all([renderCart(section), region()])
  const wishlist = h("tp-wishlist", {
    "cart-id": cart?.id,
    "region-id": current?.id,
    "product-url-template": "product.html?handle={handle}",
  })
  const companions = cart?.id
    ? h("tp-also-bought", {
        "cart-id": cart.id,
        "region-id": current?.id,
        "product-url-template": "product.html?handle={handle}",
      })
    : null
  show(heading, status, section, companions, wishlist)

  document.addEventListener("tp:cart-changed", async (event) => {
    const saved = event.detail.reason === "save-for-later"
    // the line's own "Saved for later" leaves with its row: say it here, and keep focus in the page
    const hadFocus = saved && section.contains(document.activeElement)
    await renderCart(section)
    void companions?.refresh() // the cart's suggestions leave out what is in it now
    if (saved) status.textContent = "Saved for later. It is in your wishlist below."
    if (hadFocus) heading.focus()
  })
}
