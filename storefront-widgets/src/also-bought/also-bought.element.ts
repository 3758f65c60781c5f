import { h } from "../runtime/dom.js"
import { emit } from "../runtime/events.js"
import { formatMoney } from "../runtime/format.js"
import { type RecommendationStringKey, recommendationTables } from "../runtime/recommendation-strings.js"
import type { Companion } from "../runtime/recommendation-types.js"
import {
  addVariantToCart,
  fetchAlsoBought,
  trackImpressionWhenVisible,
  trackRecommendationClick,
} from "../runtime/recommendations.js"
import { TouchpointsElement } from "../runtime/touchpoints-element.js"
import { cardStyles } from "./also-bought.styles.js"

const TEMPLATE = `
<style>${cardStyles}</style>
<section part="section" aria-labelledby="heading">
  <h2 part="heading" id="heading"></h2>
  <div part="body" aria-busy="true"></div>
  <span part="status" role="status"></span>
  <span part="error" role="alert"></span>
</section>`

/**
 * "Customers also bought": cards of products bought together with the product (`product-id`), or with the
 * whole cart (`cart-id` without `product-id`), from `GET /store/products/:id/also-bought` or
 * `GET /store/carts/:id/also-bought`: only products the shopper can buy, best first. Each card links to the
 * product (`product-url-template`) and adds it to the cart in one click (a cart is made when there is none).
 * Sends a `recommendation_impression` once half of it is visible and a `recommendation_click` per followed link
 * or added product (through `track()`, so consent rules apply). Renders nothing when there is nothing to show.
 *
 * @tag tp-also-bought
 * @attr product-id - the product page's product
 * @attr cart-id - the shopper's cart (adds go there; without product-id: recommendations for the whole cart)
 * @attr region-id - prices in this region (needed for prices and for a new cart)
 * @attr limit - how many cards (1-50, default 4)
 * @attr heading - overrides the heading text
 * @attr product-url-template - link of a card, e.g. "/products/{handle}"
 *
 * @event tp:cart-changed - `{ cart_id, reason: "also-bought" }` after a product was added
 * @event tp-also-bought-load - `{ companions }` after the cards rendered
 * @event tp-recommendation-click - `{ placement, product_id }` when a card is followed or added
 * @event tp-error - `{ error }` when loading or adding failed (also shown, with a retry for loading)
 *
 * @csspart section - the region
 * @csspart heading - its heading
 * @csspart body - the list or the loading skeleton
 * @csspart card - a product card
 * @csspart image - a card's image
 * @csspart title - a card's title
 * @csspart why - why it is recommended
 * @csspart price - a card's price
 * @csspart add - the "Add to cart" button
 * @csspart status - live region ("Added ... to your cart")
 * @csspart error - the error (role="alert")
 * @csspart retry - retry button
 *
 * @cssstate loading - waiting for the API
 * @cssstate empty - nothing to show (the element hides itself)
 *
 * @cssproperty --tp-recommendations-card-width - minimum card width; default 10rem
 * @cssproperty --tp-recommendations-gap - default 1rem
 * @cssproperty --tp-recommendations-fg
 * @cssproperty --tp-recommendations-muted
 * @cssproperty --tp-recommendations-border-color
 * @cssproperty --tp-recommendations-card-bg
 * @cssproperty --tp-recommendations-image-bg
 * @cssproperty --tp-recommendations-button-bg
 * @cssproperty --tp-recommendations-button-fg
 * @cssproperty --tp-recommendations-skeleton-height
 * @cssproperty --tp-recommendations-heading-size
 * @cssproperty --tp-accent - shared theme
 * @cssproperty --tp-radius - shared theme
 * @cssproperty --tp-focus-ring - shared theme
 * @cssproperty --tp-font-family - shared theme
 * @cssproperty --tp-error-color - shared theme
 */
export class TpAlsoBoughtElement extends TouchpointsElement<RecommendationStringKey> {
  static readonly tag = "tp-also-bought"

  static readonly observedAttributes: readonly string[] = ["product-id", "cart-id", "region-id", "limit", "heading"]

  protected readonly template = TEMPLATE
  protected override readonly strings = recommendationTables
  #busy = new Set<string>()
  /** A cart this element made (no `cart-id` given): later adds go there too. */
  #madeCart: string | null = null

  protected override documentEvents(): Record<string, EventListener> {
    return { "tp-config-change": this.#onConfig }
  }

  protected override sync(): void {
    void this.refresh()
  }

  protected override attributeChanged(name: string): void {
    if (name !== "cart-id") void this.refresh()
    if (name === "heading") this.#heading()
  }

  get #placement() {
    return this.getAttribute("product-id") ? ("also_bought" as const) : ("cart_also_bought" as const)
  }

  /** Loads and renders the cards again. Resolves when done; never rejects. */
  async refresh(): Promise<void> {
    const productId = this.getAttribute("product-id")
    const cartId = this.getAttribute("cart-id")
    if (!productId && !cartId) return
    const current = this.beginLoad()
    this.unwatch()
    this.#heading()
    this.#skeleton()
    this.say("error", "")
    try {
      const { companions } = await fetchAlsoBought(
        { productId, cartId, limit: this.#limit(), regionId: this.getAttribute("region-id") },
        this
      )
      if (!current()) return
      this.#render(companions)
    } catch (error) {
      if (!current()) return
      this.#failed((error as Error).message)
    }
  }

  #limit(): number {
    const limit = Number(this.getAttribute("limit") ?? 4)
    return Number.isInteger(limit) && limit >= 1 && limit <= 50 ? limit : 4
  }

  #onConfig = (): void => {
    this.#heading()
  }

  #heading(): void {
    const heading = this.shadowPart("heading")
    if (!heading) return
    const key = this.getAttribute("product-id") ? "alsoBought.heading" : "alsoBought.cartHeading"
    heading.textContent = this.getAttribute("heading") || this.text(key)
  }

  #skeleton(): void {
    const body = this.shadowPart("body")
    if (!body) return
    body.setAttribute("aria-busy", "true")
    const list = h("ul", { class: "skeleton", "aria-hidden": "true" })
    for (let index = 0; index < this.#limit(); index += 1) list.append(h("li"))
    body.replaceChildren(h("span", { class: "sr" }, this.text("recommendations.loading")), list)
    this.state("loading", true)
    this.state("empty", false)
    this.shadowPart("section")?.removeAttribute("hidden")
  }

  #failed(message: string): void {
    const body = this.shadowPart("body")
    body?.setAttribute("aria-busy", "false")
    const retry = h("button", { part: "retry", type: "button" }, this.text("recommendations.retry"))
    retry.addEventListener("click", () => void this.refresh())
    body?.replaceChildren(retry)
    this.say("error", this.text("recommendations.error", { message }))
    this.state("loading", false)
  }

  #render(companions: Companion[]): void {
    const body = this.shadowPart("body")
    const section = this.shadowPart("section")
    if (!body || !section) return
    body.setAttribute("aria-busy", "false")
    this.state("loading", false)
    this.state("empty", companions.length === 0)
    if (!companions.length) {
      body.replaceChildren()
      section.setAttribute("hidden", "")
      return
    }
    body.replaceChildren(h("ul", { part: "list" }, ...companions.map((companion) => this.#card(companion))))
    this.watch(
      trackImpressionWhenVisible(section, {
        placement: this.#placement,
        anchorProductId: this.getAttribute("product-id"),
        cartId: this.getAttribute("cart-id"),
        productIds: companions.map((companion) => companion.product_id),
      })
    )
    emit("tp-also-bought-load", { companions }, this)
  }

  #card(companion: Companion): HTMLLIElement {
    const { product } = companion
    const template = this.getAttribute("product-url-template")
    const href = template ? template.replaceAll("{handle}", encodeURIComponent(product.handle)) : null
    const title = href ? h("a", { href }, product.title) : product.title
    if (href && typeof title !== "string") title.addEventListener("click", () => this.#clicked(companion.product_id))
    const price = product.price
    const add = h(
      "button",
      { part: "add", type: "button", "aria-label": this.text("alsoBought.addNamed", { title: product.title }) },
      this.text("alsoBought.add")
    )
    add.addEventListener("click", () => void this.#add(companion, add))
    return h(
      "li",
      { part: "card", "data-product-id": product.id },
      product.thumbnail
        ? h("img", { part: "image", src: product.thumbnail, alt: "", loading: "lazy" })
        : h("div", { part: "image", class: "placeholder" }),
      h("h3", { part: "title" }, title),
      h("span", { part: "why", class: "why" }, this.text(`alsoBought.why.${companion.source}`)),
      price
        ? h(
            "span",
            { part: "price", class: "price" },
            formatMoney(price.amount, price.currency_code),
            price.original_amount > price.amount
              ? h("s", {}, formatMoney(price.original_amount, price.currency_code))
              : null
          )
        : null,
      add
    )
  }

  #clicked(productId: string): void {
    trackRecommendationClick({
      placement: this.#placement,
      anchorProductId: this.getAttribute("product-id"),
      cartId: this.getAttribute("cart-id"),
      productId,
    })
    emit("tp-recommendation-click", { placement: this.#placement, product_id: productId }, this)
  }

  async #add(companion: Companion, button: HTMLButtonElement): Promise<void> {
    if (this.#busy.has(companion.product_id)) return
    this.#busy.add(companion.product_id)
    button.setAttribute("aria-disabled", "true")
    this.say("status", "")
    this.say("error", "")
    this.#clicked(companion.product_id)
    try {
      const cartId = await addVariantToCart(
        {
          variantId: companion.product.variant_id,
          cartId: this.getAttribute("cart-id") ?? this.#madeCart,
          regionId: this.getAttribute("region-id"),
          reason: "also-bought",
        },
        this
      )
      if (!this.getAttribute("cart-id")) this.#madeCart = cartId
      this.say("status", this.text("alsoBought.added", { title: companion.product.title }))
    } catch (error) {
      this.say("error", this.text("recommendations.addError", { message: (error as Error).message }))
    } finally {
      this.#busy.delete(companion.product_id)
      button.setAttribute("aria-disabled", "false")
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "tp-also-bought": TpAlsoBoughtElement
  }
}
