// The cart page: <tp-cart-recovery> (restores the lines of a reminder link), <tp-offer> (the shopper's offer,
// applied to this cart), the cart table (each line with <tp-save-for-later>), an email box with the reminder
// opt-in, and <tp-wishlist> to move saved items back. Widgets announce cart changes with `tp:cart-changed`; only
// the cart part is drawn again then, so the list keeps its state and its announcements.

import { h, notice, show } from "./dom.js"
import { addToCart, adoptCart, currentCart, region, rememberCartEmail } from "./shop.js"
import { formatMoney, track } from "./widgets/touchpoints.js"

/** "Discount (CODE)": the codes on the cart, e.g. an applied offer's. */
function discountLabel(cart) {
  const codes = (cart.promotions ?? []).map((promotion) => promotion.code).filter(Boolean)
  return codes.length ? `Discount (${codes.join(", ")})` : "Discount"
}

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
      // an applied offer's code (or any promotion) shows as its own line
      cart.discount_total > 0
        ? h(
            "tr",
            {},
            h("th", { colSpan: 2 }, discountLabel(cart)),
            h("td", { className: "num" }, `−${formatMoney(cart.discount_total, cart.currency_code)}`),
            h("td", {})
          )
        : null,
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
  section.replaceChildren(cartTable(cart), reminderForm(cart), checkout)
  return cart
}

/** "Email me about this cart": the cart's email and the opt-in the reminder emails need. */
function reminderForm(cart) {
  const email = h("input", {
    type: "email",
    name: "email",
    required: true,
    autocomplete: "email",
    value: cart.email ?? "",
  })
  const optIn = h("input", { type: "checkbox", name: "reminders", checked: true })
  const status = h("p", { className: "status", role: "status" })
  const form = h(
    "form",
    {
      className: "reminder-form",
      onsubmit: async (event) => {
        event.preventDefault()
        try {
          await rememberCartEmail(cart.id, email.value, optIn.checked)
          status.textContent = optIn.checked
            ? "Saved. If you leave, we will email you a link back to this cart."
            : "Saved. We will not send you reminders."
        } catch (error) {
          status.textContent = `That did not work: ${error.message}`
        }
      },
    },
    h("label", {}, "Email ", email),
    h("label", {}, optIn, " Email me a reminder if I leave items in my cart"),
    h("button", { type: "submit" }, "Save"),
    status
  )
  return form
}

/** `?add=<variant id>` (the link of a wishlist alert email): puts that variant in the cart once, then drops it from the URL. */
async function addFromLink(status) {
  const url = new URL(location.href)
  const variantId = url.searchParams.get("add")
  if (!variantId) return
  url.searchParams.delete("add")
  history.replaceState(history.state, "", url)
  try {
    await addToCart({ id: undefined }, variantId, 1)
    status.textContent = "Added the item from your email to the cart."
  } catch (error) {
    status.textContent = `That item could not be added: ${error.message}`
  }
}

export async function cartPage() {
  const heading = h("h1", { id: "cart-heading", tabIndex: -1 }, "Your cart")
  const section = h("section", { className: "cart-part", "aria-labelledby": "cart-heading" })
  const status = h("p", { className: "status", role: "status" })
  await addFromLink(status)
  // a reminder's link: its lines join this browser's cart (the widget asks first when it has items), or a new
  // cart the widget made becomes this browser's cart; the reminded cart itself never does
  const mine = await currentCart()
  const recovery = h("tp-cart-recovery", mine ? { "cart-id": mine.id } : {})
  recovery.addEventListener("tp-cart-recovered", (event) => adoptCart(event.detail.cart.id))
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
  // the shopper's offer for the cart page; "Apply to cart" puts its code on this cart (without a cart: the code)
  const offer = h("tp-offer", { placement: "cart", "cart-id": cart?.id })
  show(heading, recovery, status, offer, section, companions, wishlist)

  document.addEventListener("tp:cart-changed", async (event) => {
    const saved = event.detail.reason === "save-for-later"
    // another change may change which offer the cart earns (its value); the offer's own change does not
    if (event.detail.reason !== "offer") void offer.refresh()
    // the line's own "Saved for later" leaves with its row: say it here, and keep focus in the page
    const hadFocus = saved && section.contains(document.activeElement)
    await renderCart(section)
    void companions?.refresh() // the cart's suggestions leave out what is in it now
    if (saved) status.textContent = "Saved for later. It is in your wishlist below."
    if (hadFocus) heading.focus()
  })
}
