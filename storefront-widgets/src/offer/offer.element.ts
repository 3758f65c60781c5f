import { h } from "../runtime/dom.js"
import { TouchpointsError } from "../runtime/errors.js"
import { emit } from "../runtime/events.js"
import { formatMoney } from "../runtime/format.js"
import { type OfferStringKey, offerTables } from "../runtime/offer-strings.js"
import type { OfferCart, OfferView } from "../runtime/offer-types.js"
import {
  applyOfferToCart,
  cartPromotionCodes,
  fetchOffer,
  offerTokenFromUrl,
  reportOfferEvent,
} from "../runtime/offers.js"
import { safeUrl } from "../runtime/safe-url.js"
import { TouchpointsElement } from "../runtime/touchpoints-element.js"
import { onceVisible } from "../runtime/visibility.js"
import { offerStyles } from "./offer.styles.js"
import { fillOffer } from "./offer.view.js"

const TEMPLATE = `
<style>${offerStyles}</style>
<section part="banner" aria-labelledby="headline" hidden>
  <div class="row">
    <img part="image" alt="" hidden>
    <div part="body">
      <p part="eyebrow"></p>
      <h2 part="headline" id="headline"></h2>
      <p part="text"></p>
      <p part="discount"></p>
      <p part="reason"></p>
    </div>
    <div part="actions"></div>
  </div>
  <div part="status" role="status" aria-live="polite"></div>
  <div part="error" role="alert"></div>
</section>`

/**
 * The shopper's best offer for a placement (`GET /store/offers`), with why they get it: headline, text, image,
 * discount and reason. With a cart (`cart-id`) an "Apply to cart" button puts the code on it
 * (`POST /store/carts/:id/offers/:offer_id`); without one it shows the code to copy and the offer's link. An
 * emailed offer link (`?tp_offer_token=`) shows and applies that offer. Without an offer, or when loading
 * fails, it renders nothing and takes no space. Reports `shown` once half of it is visible and `clicked` on
 * apply, copy and link (analytics: only with consent).
 *
 * @tag tp-offer
 * @attr placement - "home", "product" or "cart": offers the shop made for that place (default: any)
 * @attr cart-id - the shopper's cart: enables "Apply to cart" (the cart placement also reads the cart's value)
 * @attr variant - "banner" (default: one row) or "card" (stacked)
 * @attr token - an emailed offer link's token (default: the page URL's `tp_offer_token`)
 *
 * @event tp-offer-load - `{ offer }` after loading; `offer` is null when nothing is shown
 * @event tp:cart-changed - `{ cart_id, reason: "offer" }` after the code went on the cart
 * @event tp-error - `{ error }`: loading or applying failed (`error.type`: e.g. "not_allowed" for a shopper the
 *   offer is not for, "not_found" for an unknown cart or a bad link)
 *
 * @csspart banner - the region
 * @csspart image
 * @csspart body
 * @csspart eyebrow
 * @csspart headline
 * @csspart text
 * @csspart discount
 * @csspart reason
 * @csspart actions
 * @csspart apply - the "Apply to cart" button
 * @csspart code - the code
 * @csspart copy - "Copy code"
 * @csspart cta - the offer's link
 * @csspart status - live region
 * @csspart error - the error (role="alert")
 * @cssstate empty - no offer: nothing shown
 * @cssstate loading
 * @cssstate shown
 * @cssstate busy - applying
 * @cssstate applied - the code is on the cart
 * @cssproperty --tp-offer-fg
 * @cssproperty --tp-offer-bg
 * @cssproperty --tp-offer-border-color
 * @cssproperty --tp-offer-muted
 * @cssproperty --tp-offer-padding
 * @cssproperty --tp-offer-gap
 * @cssproperty --tp-offer-image-size
 * @cssproperty --tp-offer-headline-size
 * @cssproperty --tp-offer-discount-color
 * @cssproperty --tp-offer-button-bg
 * @cssproperty --tp-offer-button-fg
 * @cssproperty --tp-offer-button-height
 * @cssproperty --tp-offer-applied-color
 * @cssproperty --tp-accent - shared theme
 * @cssproperty --tp-accent-fg - shared theme
 * @cssproperty --tp-radius - shared theme
 * @cssproperty --tp-focus-ring - shared theme
 * @cssproperty --tp-font-family - shared theme
 * @cssproperty --tp-error-color - shared theme
 */
export class TpOfferElement extends TouchpointsElement<OfferStringKey> {
  static readonly tag = "tp-offer"

  static readonly observedAttributes: readonly string[] = ["placement", "cart-id", "token"]

  protected readonly template = TEMPLATE
  protected override readonly strings = offerTables
  #offer: OfferView | null = null
  #token: string | null = null
  #busy = false
  #applied = false
  #shownId: string | null = null

  protected override setup(): void {
    const image = this.shadowPart("image")
    image?.addEventListener("error", () => image.setAttribute("hidden", ""))
  }

  protected override sync(): void {
    void this.refresh()
  }

  /** The offer shown, or null. */
  get offer(): OfferView | null {
    return this.#offer
  }

  /** Loads the offer again and renders it (or nothing). Resolves when done; never rejects. */
  async refresh(): Promise<void> {
    const current = this.beginLoad()
    const cartId = this.getAttribute("cart-id")
    this.unwatch()
    this.state("loading", true)
    let offer: OfferView | null = null
    let applied = false
    try {
      offer = await this.#fetch(cartId)
      if (offer?.code && cartId) {
        const code = offer.code
        applied = await cartPromotionCodes(cartId).then(
          (codes) => codes.includes(code),
          () => false
        )
      }
    } catch {
      offer = null // the client fired tp-error; the shopper sees nothing
    }
    if (!current()) return
    this.state("loading", false)
    this.#render(offer, applied)
    emit("tp-offer-load", { offer }, this)
  }

  /** Puts the offer's code on the cart (what "Apply to cart" does). Resolves when done; never rejects. */
  async apply(): Promise<void> {
    const offer = this.#offer
    const cartId = this.getAttribute("cart-id")
    if (!offer?.code || !cartId || this.#busy || this.#applied) return
    this.#busy = true
    this.#update()
    this.say("status", "")
    this.say("error", "")
    void reportOfferEvent(offer.id, "clicked", { cartId, token: this.#token })
    try {
      const cart = await applyOfferToCart({ cartId, offerId: offer.id, token: this.#token }, this)
      this.#applied = true
      this.say("status", this.#appliedText(offer.code, cart))
      emit("tp:cart-changed", { cart_id: cart.id, reason: "offer" }, this)
    } catch (error) {
      // 409: the code gives nothing on this cart yet (an empty cart); the shopper can add items and try again
      if (error instanceof TouchpointsError && error.status === 409) {
        this.say("status", this.text("offer.notYet", { code: offer.code }))
      } else {
        this.say("error", this.#failure(error))
      }
    } finally {
      this.#busy = false
      this.#update()
    }
  }

  /** The emailed link's offer when there is a token; if the link is bad (reported), the placement's offer. */
  async #fetch(cartId: string | null): Promise<OfferView | null> {
    const placement = this.getAttribute("placement")
    this.#token = this.getAttribute("token") || offerTokenFromUrl()
    if (this.#token) {
      try {
        return await fetchOffer({ token: this.#token, cartId }, this)
      } catch (error) {
        if ((error as TouchpointsError).status !== 404) throw error
        this.#token = null
      }
    }
    return fetchOffer({ placement, cartId }, this)
  }

  #render(offer: OfferView | null, applied: boolean): void {
    const root = this.root
    const banner = this.shadowPart("banner")
    this.#offer = offer
    this.#applied = applied
    this.say("status", applied && offer?.code ? this.text("offer.appliedStatus", { code: offer.code }) : "")
    this.say("error", "")
    if (!root || !banner || !offer) {
      banner?.setAttribute("hidden", "")
      this.#shown(false)
      return
    }
    fillOffer(root, offer)
    this.shadowPart("actions")?.replaceChildren(...this.#actions(offer))
    banner.removeAttribute("hidden")
    this.#shown(true)
    this.#update()
    if (this.#shownId !== offer.id) {
      const cartId = this.getAttribute("cart-id")
      this.watch(
        onceVisible(banner, () => {
          this.#shownId = offer.id
          void reportOfferEvent(offer.id, "shown", { cartId, token: this.#token })
        })
      )
    }
  }

  /** "Apply to cart" with a cart; otherwise the code to copy and the offer's link. */
  #actions(offer: OfferView): HTMLElement[] {
    const cartId = this.getAttribute("cart-id")
    const code = offer.code
    const nodes: HTMLElement[] = []
    if (code && cartId) {
      const apply = h("button", { part: "apply", type: "button" })
      apply.addEventListener("click", () => void this.apply())
      nodes.push(apply)
    }
    if (code) nodes.push(h("span", { part: "code" }, `${this.text("offer.code")}: `, h("code", {}, code)))
    if (code && !cartId) {
      const copy = h("button", { part: "copy", type: "button" }, this.text("offer.copy"))
      copy.addEventListener("click", () => void this.#copy(offer.id, code))
      nodes.push(copy)
    }
    // the backend checks offer links too; a widget never renders a javascript: or data: one, whatever it gets
    const href = safeUrl(offer.cta_url)
    if (href && !(code && cartId)) {
      const link = h("a", { part: "cta", href }, offer.cta_label || this.text("offer.cta"))
      link.addEventListener("click", () => void reportOfferEvent(offer.id, "clicked", { cartId, token: this.#token }))
      nodes.push(link)
    }
    return nodes
  }

  async #copy(offerId: string, code: string): Promise<void> {
    void reportOfferEvent(offerId, "clicked", { token: this.#token })
    try {
      await navigator.clipboard.writeText(code)
      this.say("status", this.text("offer.copied", { code }))
    } catch {
      this.say("status", this.text("offer.copyFailed"))
    }
  }

  #appliedText(code: string, cart: OfferCart): string {
    const applied = this.text("offer.appliedStatus", { code })
    if (!(cart.discount_total > 0)) return applied
    return `${applied} ${this.text("offer.saving", { amount: formatMoney(cart.discount_total, cart.currency_code) })}`
  }

  #failure(error: unknown): string {
    if (!(error instanceof TouchpointsError)) return this.text("offer.error", { message: String(error) })
    if (error.type === "not_allowed") return this.text("offer.notAllowed")
    if (error.status === 404) return this.text("offer.noCart")
    return this.text("offer.error", { message: error.message })
  }

  /** The apply button's label and state: it keeps focus while busy and after applying (aria-disabled). */
  #update(): void {
    const button = this.shadowPart("apply")
    if (button) {
      button.textContent = this.text(this.#applied ? "offer.applied" : "offer.apply")
      button.setAttribute("aria-disabled", String(this.#busy || this.#applied))
      button.toggleAttribute("aria-busy", this.#busy)
    }
    this.state("busy", this.#busy)
    this.state("applied", this.#applied)
  }

  #shown(shown: boolean): void {
    this.state("shown", shown)
    this.state("empty", !shown)
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "tp-offer": TpOfferElement
  }
}
