import { h } from "../runtime/dom.js"
import { TouchpointsError } from "../runtime/errors.js"
import { emit } from "../runtime/events.js"
import { formatMoney } from "../runtime/format.js"
import { type RecommendationStringKey, recommendationTables } from "../runtime/recommendation-strings.js"
import type { Bundle, BundleItem } from "../runtime/recommendation-types.js"
import {
  addBundleToCart,
  fetchBundle,
  trackImpressionWhenVisible,
  trackRecommendationClick,
} from "../runtime/recommendations.js"
import { TouchpointsElement } from "../runtime/touchpoints-element.js"
import { bundleStyles } from "./bundle.styles.js"

const TEMPLATE = `
<style>${bundleStyles}</style>
<section part="section" aria-labelledby="heading" hidden>
  <h2 part="heading" id="heading"></h2>
  <div part="body" aria-busy="true"></div>
  <span part="status" role="status"></span>
  <span part="error" role="alert"></span>
</section>`

/**
 * "Frequently bought together": the product (`product-id`) with its best companions as one discounted bundle
 * (`GET /store/products/:id/bundle`): items with their prices, the total, the saving, and "Add all N to cart",
 * which adds every item in one step (`POST /store/carts/:id/bundles`; a cart is made when there is none). The
 * discount is a Medusa promotion that holds while the whole bundle is in the cart. Hidden when the product has
 * no bundle. Sends a `recommendation_impression` (placement `bundle`) once half visible and a
 * `recommendation_click` when the bundle is added.
 *
 * @tag tp-bundle
 * @attr product-id - the product page's product (required)
 * @attr region-id - prices in this region (required: bundles are priced)
 * @attr cart-id - the shopper's cart (default: a new cart)
 * @attr heading - overrides the heading text
 * @attr product-url-template - link of an item, e.g. "/products/{handle}"
 *
 * @event tp:cart-changed - `{ cart_id, reason: "bundle" }` after the bundle was added
 * @event tp-bundle-load - `{ bundle }` after it rendered (not fired when there is no bundle)
 * @event tp-error - `{ error }` when loading or adding failed (also shown)
 *
 * @csspart section - the region
 * @csspart heading - the heading
 * @csspart body - the content
 * @csspart item - one product
 * @csspart image - an item's image
 * @csspart price - an item's price
 * @csspart totals - subtotal, saving and total
 * @csspart add - the "Add all" button
 * @csspart status - live region
 * @csspart error - the error (role="alert")
 *
 * @cssstate loading - waiting for the API
 * @cssstate added - the bundle is in the cart
 *
 * @cssproperty --tp-bundle-fg
 * @cssproperty --tp-bundle-bg
 * @cssproperty --tp-bundle-border-color
 * @cssproperty --tp-bundle-muted
 * @cssproperty --tp-bundle-image-size
 * @cssproperty --tp-bundle-image-bg
 * @cssproperty --tp-bundle-saving-color
 * @cssproperty --tp-bundle-button-bg
 * @cssproperty --tp-bundle-button-fg
 * @cssproperty --tp-bundle-button-height
 * @cssproperty --tp-bundle-padding
 * @cssproperty --tp-bundle-heading-size
 * @cssproperty --tp-bundle-skeleton-height
 * @cssproperty --tp-accent - shared theme
 * @cssproperty --tp-radius - shared theme
 * @cssproperty --tp-focus-ring - shared theme
 * @cssproperty --tp-font-family - shared theme
 * @cssproperty --tp-error-color - shared theme
 */
export class TpBundleElement extends TouchpointsElement<RecommendationStringKey> {
  static readonly tag = "tp-bundle"

  static readonly observedAttributes: readonly string[] = ["product-id", "region-id", "heading"]

  protected readonly template = TEMPLATE
  protected override readonly strings = recommendationTables
  #bundle: Bundle | null = null
  #busy = false
  #madeCart: string | null = null

  protected override sync(): void {
    void this.refresh()
  }

  /** Loads and renders the bundle again. Resolves when done; never rejects. */
  async refresh(): Promise<void> {
    const productId = this.getAttribute("product-id")
    const regionId = this.getAttribute("region-id")
    if (!productId || !regionId) return
    const current = this.beginLoad()
    this.unwatch()
    const body = this.shadowPart("body")
    body?.setAttribute("aria-busy", "true")
    body?.replaceChildren(h("div", { class: "loading", "aria-hidden": "true" }))
    this.state("loading", true)
    this.say("error", "")
    try {
      const bundle = await fetchBundle(productId, regionId)
      if (!current()) return
      this.#bundle = bundle
      this.#render(bundle)
    } catch (error) {
      if (!current()) return
      this.shadowPart("section")?.setAttribute("hidden", "")
      if (error instanceof TouchpointsError) emit("tp-error", { error }, this)
    } finally {
      if (current()) this.state("loading", false)
    }
  }

  #render(bundle: Bundle | null): void {
    const section = this.shadowPart("section")
    const body = this.shadowPart("body")
    const heading = this.shadowPart("heading")
    if (!section || !body || !heading) return
    body.setAttribute("aria-busy", "false")
    if (!bundle) {
      section.setAttribute("hidden", "")
      body.replaceChildren()
      return
    }
    section.removeAttribute("hidden")
    heading.textContent = this.getAttribute("heading") || this.text("bundle.heading")
    const money = (amount: number) => formatMoney(amount, bundle.currency_code)
    const add = h("button", { part: "add", type: "button" }, this.text("bundle.add", { count: bundle.items.length }))
    add.addEventListener("click", () => void this.#add(add))
    body.replaceChildren(
      h("ol", { part: "items" }, ...bundle.items.map((item) => this.#item(item, money))),
      h(
        "dl",
        { part: "totals" },
        h("dt", {}, this.text("bundle.subtotal")),
        h("dd", {}, h("s", {}, money(bundle.subtotal))),
        h("dt", {}, this.text("bundle.total")),
        h("dd", { part: "total" }, money(bundle.total)),
        h("dt", { class: "sr" }, this.text("bundle.saving", { amount: "", percent: "" }).trim()),
        h(
          "dd",
          { part: "saving", class: "saving" },
          this.text("bundle.saving", { amount: money(bundle.discount_total), percent: bundle.discount_percent })
        )
      ),
      add
    )
    this.watch(
      trackImpressionWhenVisible(section, {
        placement: "bundle",
        anchorProductId: bundle.product_id,
        cartId: this.getAttribute("cart-id"),
        productIds: bundle.items.map((item) => item.product_id),
      })
    )
    emit("tp-bundle-load", { bundle }, this)
  }

  #item(item: BundleItem, money: (amount: number) => string): HTMLLIElement {
    const template = this.getAttribute("product-url-template")
    const href = template ? template.replaceAll("{handle}", encodeURIComponent(item.handle)) : null
    const label = item.source === "product" ? `${this.text("bundle.this")}: ${item.title}` : item.title
    return h(
      "li",
      { part: "item", "data-product-id": item.product_id },
      item.thumbnail
        ? h("img", { part: "image", src: item.thumbnail, alt: "", loading: "lazy" })
        : h("div", { part: "image", class: "placeholder" }),
      h(
        "span",
        { class: "item" },
        href && item.source !== "product" ? h("a", { href }, label) : label,
        h(
          "span",
          { part: "price", class: "price" },
          h("s", {}, money(item.unit_price)),
          money(item.discounted_unit_price)
        )
      )
    )
  }

  async #add(button: HTMLButtonElement): Promise<void> {
    const bundle = this.#bundle
    if (this.#busy || !bundle) return
    this.#busy = true
    button.setAttribute("aria-disabled", "true")
    this.say("status", "")
    this.say("error", "")
    trackRecommendationClick({
      placement: "bundle",
      anchorProductId: bundle.product_id,
      cartId: this.getAttribute("cart-id"),
      productId: bundle.product_id,
    })
    try {
      const { cartId, discountTotal } = await addBundleToCart(
        {
          productId: bundle.product_id,
          cartId: this.getAttribute("cart-id") ?? this.#madeCart,
          regionId: this.getAttribute("region-id"),
        },
        this
      )
      if (!this.getAttribute("cart-id")) this.#madeCart = cartId
      const saved = formatMoney(discountTotal || bundle.discount_total, bundle.currency_code)
      this.say("status", this.text("bundle.added", { amount: saved }))
      this.state("added", true)
    } catch (error) {
      this.say("error", this.text("recommendations.addError", { message: (error as Error).message }))
    } finally {
      this.#busy = false
      button.setAttribute("aria-disabled", "false")
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "tp-bundle": TpBundleElement
  }
}
