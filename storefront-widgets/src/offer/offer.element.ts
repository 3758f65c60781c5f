import { BaseElement } from "../runtime/define.js"
import { h, internalsOf, toggleState } from "../runtime/dom.js"
import { TouchpointsError } from "../runtime/errors.js"
import { emit } from "../runtime/events.js"
import { formatMoney } from "../runtime/format.js"
import { oft } from "../runtime/offer-strings.js"
import type { OfferCart, OfferView } from "../runtime/offer-types.js"
import {
  applyOfferToCart,
  cartPromotionCodes,
  fetchOffer,
  offerTokenFromUrl,
  reportOfferEvent,
} from "../runtime/offers.js"
import { safeUrl } from "../runtime/safe-url.js"
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
 * @csspart banner - the region; image; body; eyebrow; headline; text; discount; reason; actions; apply - the
 *   "Apply to cart" button; code - the code; copy - "Copy code"; cta - the offer's link; status - live region;
 *   error - the error (role="alert")
 * @cssstate empty - no offer: nothing shown; loading; shown; busy - applying; applied - the code is on the cart
 * @cssproperty --tp-offer-fg, --tp-offer-bg, --tp-offer-border-color, --tp-offer-muted, --tp-offer-padding,
 *   --tp-offer-gap, --tp-offer-image-size, --tp-offer-headline-size, --tp-offer-discount-color,
 *   --tp-offer-button-bg, --tp-offer-button-fg, --tp-offer-button-height, --tp-offer-applied-color
 * @cssproperty --tp-accent, --tp-accent-fg, --tp-radius, --tp-focus-ring, --tp-font-family, --tp-error-color -
 *   shared theme
 */
export class TpOfferElement extends BaseElement {
  static readonly tag = "tp-offer"

  static get observedAttributes(): readonly string[] {
    return ["placement", "cart-id", "token"]
  }

  #root: ShadowRoot | null = null
  #internals: ElementInternals | null = null
  #load = 0
  #offer: OfferView | null = null
  #token: string | null = null
  #busy = false
  #applied = false
  #shownId: string | null = null
  #stopWatching: () => void = () => {}

  connectedCallback(): void {
    if (!this.#root) {
      this.#root = this.shadowRoot ?? this.attachShadow({ mode: "open" })
      this.#root.innerHTML = TEMPLATE
      this.#internals = internalsOf(this)
      const image = this.#part("image")
      image?.addEventListener("error", () => image.setAttribute("hidden", ""))
    }
    void this.refresh()
  }

  disconnectedCallback(): void {
    this.#stopWatching()
  }

  attributeChangedCallback(_name: string, before: string | null, after: string | null): void {
    if (this.#root && before !== after) void this.refresh()
  }

  /** The offer shown, or null. */
  get offer(): OfferView | null {
    return this.#offer
  }

  /** Loads the offer again and renders it (or nothing). Resolves when done; never rejects. */
  async refresh(): Promise<void> {
    const load = ++this.#load
    const cartId = this.getAttribute("cart-id")
    this.#stopWatching()
    toggleState(this.#internals, "loading", true)
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
    if (load !== this.#load) return
    toggleState(this.#internals, "loading", false)
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
    this.#say("status", "")
    this.#say("error", "")
    void reportOfferEvent(offer.id, "clicked", { cartId, token: this.#token })
    try {
      const cart = await applyOfferToCart({ cartId, offerId: offer.id, token: this.#token }, this)
      this.#applied = true
      this.#say("status", this.#appliedText(offer.code, cart))
      emit("tp:cart-changed", { cart_id: cart.id, reason: "offer" }, this)
    } catch (error) {
      // 409: the code gives nothing on this cart yet (an empty cart); the shopper can add items and try again
      if (error instanceof TouchpointsError && error.status === 409) {
        this.#say("status", oft("offer.notYet", { code: offer.code }))
      } else {
        this.#say("error", this.#failure(error))
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
    const root = this.#root
    const banner = this.#part("banner")
    this.#offer = offer
    this.#applied = applied
    this.#say("status", applied && offer?.code ? oft("offer.appliedStatus", { code: offer.code }) : "")
    this.#say("error", "")
    if (!root || !banner || !offer) {
      banner?.setAttribute("hidden", "")
      this.#shown(false)
      return
    }
    fillOffer(root, offer)
    this.#part("actions")?.replaceChildren(...this.#actions(offer))
    banner.removeAttribute("hidden")
    this.#shown(true)
    this.#update()
    if (this.#shownId !== offer.id) {
      const cartId = this.getAttribute("cart-id")
      this.#stopWatching = onceVisible(banner, () => {
        this.#shownId = offer.id
        void reportOfferEvent(offer.id, "shown", { cartId, token: this.#token })
      })
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
    if (code) nodes.push(h("span", { part: "code" }, `${oft("offer.code")}: `, h("code", {}, code)))
    if (code && !cartId) {
      const copy = h("button", { part: "copy", type: "button" }, oft("offer.copy"))
      copy.addEventListener("click", () => void this.#copy(offer.id, code))
      nodes.push(copy)
    }
    // the backend checks offer links too; a widget never renders a javascript: or data: one, whatever it gets
    const href = safeUrl(offer.cta_url)
    if (href && !(code && cartId)) {
      const link = h("a", { part: "cta", href }, offer.cta_label || oft("offer.cta"))
      link.addEventListener("click", () => void reportOfferEvent(offer.id, "clicked", { cartId, token: this.#token }))
      nodes.push(link)
    }
    return nodes
  }

  async #copy(offerId: string, code: string): Promise<void> {
    void reportOfferEvent(offerId, "clicked", { token: this.#token })
    try {
      await navigator.clipboard.writeText(code)
      this.#say("status", oft("offer.copied", { code }))
    } catch {
      this.#say("status", oft("offer.copyFailed"))
    }
  }

  #appliedText(code: string, cart: OfferCart): string {
    const applied = oft("offer.appliedStatus", { code })
    if (!(cart.discount_total > 0)) return applied
    return `${applied} ${oft("offer.saving", { amount: formatMoney(cart.discount_total, cart.currency_code) })}`
  }

  #failure(error: unknown): string {
    if (!(error instanceof TouchpointsError)) return oft("offer.error", { message: String(error) })
    if (error.type === "not_allowed") return oft("offer.notAllowed")
    if (error.status === 404) return oft("offer.noCart")
    return oft("offer.error", { message: error.message })
  }

  /** The apply button's label and state: it keeps focus while busy and after applying (aria-disabled). */
  #update(): void {
    const button = this.#part("apply")
    if (button) {
      button.textContent = oft(this.#applied ? "offer.applied" : "offer.apply")
      button.setAttribute("aria-disabled", String(this.#busy || this.#applied))
      button.toggleAttribute("aria-busy", this.#busy)
    }
    toggleState(this.#internals, "busy", this.#busy)
    toggleState(this.#internals, "applied", this.#applied)
  }

  #part(name: string): HTMLElement | null {
    return this.#root?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null
  }

  #say(name: "status" | "error", text: string): void {
    const node = this.#part(name)
    if (node) node.textContent = text
  }

  #shown(shown: boolean): void {
    toggleState(this.#internals, "shown", shown)
    toggleState(this.#internals, "empty", !shown)
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "tp-offer": TpOfferElement
  }
}
