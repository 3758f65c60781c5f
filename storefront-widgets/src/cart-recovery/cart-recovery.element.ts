import {
  cartLineCount,
  fetchRecoveryView,
  type RecoveredCart,
  type RecoveredCartItem,
  type RecoveryMode,
  type RecoveryView,
  restoreRecovery,
} from "../runtime/cart-recovery.js"
import { type CartRecoveryStringKey, cartRecoveryTables } from "../runtime/cart-recovery-strings.js"
import { h } from "../runtime/dom.js"
import { emit } from "../runtime/events.js"
import { formatMoney } from "../runtime/format.js"
import { TouchpointsElement } from "../runtime/touchpoints-element.js"
import { cartRecoveryStyles } from "./cart-recovery.styles.js"

const TEMPLATE = `
<style>${cartRecoveryStyles}</style>
<section part="panel" role="status" aria-live="polite">
  <p part="message"></p>
  <ul part="items"></ul>
  <p part="total"></p>
  <div part="actions" hidden>
    <button type="button" part="button add-button"></button>
    <button type="button" part="button decline-button"></button>
  </div>
</section>`

type RecoveryState = "empty" | "loading" | "confirm" | "restored" | "declined" | "error"
const STATES: readonly RecoveryState[] = ["empty", "loading", "confirm", "restored", "declined", "error"]

/**
 * Follows an abandoned-cart reminder's link. It reads what the link brings back
 * (`GET /store/cart-recovery/:token`, which names no cart), then restores those lines with a POST: into the
 * shopper's own cart (`cart-id`), after asking "add these items to your cart?" when that cart already has
 * items, or into a new cart when the shopper has none. The shopper never adopts the reminded cart itself, so a
 * link mailed by someone else cannot plant a cart whose id the sender knows. The token comes from the `token`
 * attribute or the page URL's `?recover=` parameter (see `param`); without one the element renders nothing
 * and takes no space. Once the link is used or declined the token leaves the address bar (a reload or a
 * shared URL does not use it again).
 *
 * @tag tp-cart-recovery
 * @attr token - the recovery token (default: read from the URL)
 * @attr param - the URL parameter holding the token (default "recover")
 * @attr cart-id - the shopper's current cart, if any (the page knows it; the cart cookie is httpOnly)
 * @attr keep-url - keep the token in the address bar
 *
 * @event tp-cart-recovered - `{ cart, mode }`: the shopper's cart with the link's lines in it; `mode` "added"
 *   (their own cart), "created" (a new cart: make it the shopper's cart) or "unchanged" (it already was)
 * @event tp:cart-changed - `{ cart_id, reason: "recover" }`
 * @event tp-error - `{ error }`: the link is invalid (404), expired (410), the cart was ordered (409), or a call failed
 *
 * @csspart panel - the box
 * @csspart message - the status line
 * @csspart items - the list
 * @csspart item - a line
 * @csspart image
 * @csspart total
 * @csspart actions - the question's buttons
 * @csspart button
 * @csspart add-button
 * @csspart decline-button
 * @cssstate empty - no token: nothing shown
 * @cssstate loading
 * @cssstate confirm - asking
 * @cssstate restored
 * @cssstate declined
 * @cssstate error
 * @cssproperty --tp-cart-recovery-fg
 * @cssproperty --tp-cart-recovery-muted
 * @cssproperty --tp-cart-recovery-bg
 * @cssproperty --tp-cart-recovery-border-color
 * @cssproperty --tp-cart-recovery-padding
 * @cssproperty --tp-radius - shared theme
 * @cssproperty --tp-font-family - shared theme
 * @cssproperty --tp-error-color - shared theme
 * @cssproperty --tp-accent - shared theme
 */
export class TpCartRecoveryElement extends TouchpointsElement<CartRecoveryStringKey> {
  static readonly tag = "tp-cart-recovery"

  static readonly observedAttributes: readonly string[] = ["token"]

  protected readonly template = TEMPLATE
  protected override readonly strings = cartRecoveryTables
  #loaded: string | null = null
  /** The link waiting for the shopper's answer. */
  #pending: { token: string; cartId: string; view: RecoveryView } | null = null

  protected override setup(): void {
    const add = this.shadowPart("add-button")
    const decline = this.shadowPart("decline-button")
    if (add) add.textContent = this.text("cartRecovery.add")
    if (decline) decline.textContent = this.text("cartRecovery.decline")
    add?.addEventListener("click", () => void this.accept())
    decline?.addEventListener("click", () => this.decline())
  }

  protected override sync(): void {
    void this.refresh()
  }

  /** The token this element restores: the attribute, else the URL parameter. */
  get token(): string | null {
    const attribute = this.getAttribute("token")
    if (attribute) return attribute
    if (typeof location === "undefined") return null
    return new URLSearchParams(location.search).get(this.getAttribute("param") || "recover")
  }

  /**
   * Reads the current token's link (once per token) and restores it, or asks first when the shopper's cart has
   * items. Resolves when done or asking; never rejects.
   */
  async refresh(): Promise<void> {
    const token = this.token
    this.#state(token ? "loading" : "empty")
    if (!token || token === this.#loaded) return
    this.#loaded = token
    this.#pending = null
    this.#show(this.text("cartRecovery.loading"), [], "")
    try {
      const cartId = this.getAttribute("cart-id")
      const view = await fetchRecoveryView(token, cartId, this)
      // the same device (its cart is the reminded one) or an empty cart: nothing to ask
      if (cartId && !view.is_your_cart && (await cartLineCount(cartId, this)) > 0) {
        this.#pending = { token, cartId, view }
        this.#show(this.text("cartRecovery.question"), this.#items(view.items, view.currency_code), this.#total(view))
        this.#state("confirm")
        return
      }
      await this.#restore(token, cartId, view)
    } catch (error) {
      this.#failed(error)
    }
  }

  /** The shopper's "yes": adds the link's lines to their cart. Resolves when done; never rejects. */
  async accept(): Promise<void> {
    const pending = this.#pending
    if (!pending) return
    this.#pending = null
    this.#state("loading")
    try {
      await this.#restore(pending.token, pending.cartId, pending.view)
    } catch (error) {
      this.#failed(error)
    }
  }

  /** The shopper's "no, thanks": leaves their cart as it is. */
  decline(): void {
    if (!this.#pending) return
    this.#pending = null
    this.#show(this.text("cartRecovery.declined"), [], "")
    this.#state("declined")
    this.#forgetToken()
  }

  async #restore(token: string, cartId: string | null, view: RecoveryView): Promise<void> {
    const { cart, mode } = await restoreRecovery(token, cartId, this)
    if (token !== this.token && this.getAttribute("token")) return
    this.#restored(cart, mode, view)
  }

  #restored(cart: RecoveredCart, mode: RecoveryMode, view: RecoveryView): void {
    const count = view.items.reduce((sum, item) => sum + item.quantity, 0)
    const added = mode === "added"
    const message =
      count === 1
        ? this.text(added ? "cartRecovery.addedOne" : "cartRecovery.restoredOne")
        : this.text(added ? "cartRecovery.added" : "cartRecovery.restored", { count })
    this.#show(message, this.#items(view.items, view.currency_code), this.#total(view))
    this.#state("restored")
    this.#forgetToken()
    emit("tp-cart-recovered", { cart, mode }, this)
    emit("tp:cart-changed", { cart_id: cart.id, reason: "recover" }, this)
  }

  #failed(error: unknown): void {
    const status = (error as { status?: number }).status
    const message =
      status === 409
        ? this.text("cartRecovery.ordered")
        : status === 410
          ? this.text("cartRecovery.expired")
          : status === 404
            ? this.text("cartRecovery.invalid")
            : this.text("cartRecovery.error", { message: (error as Error).message })
    this.#show(message, [], "")
    this.#state("error")
  }

  #items(items: RecoveredCartItem[], currency: string): HTMLElement[] {
    return items.map((item) => this.#item(item, currency))
  }

  #total(view: RecoveryView): string {
    return `${this.text("cartRecovery.total")}: ${formatMoney(view.item_total, view.currency_code)}`
  }

  #item(item: RecoveredCartItem, currency: string): HTMLElement {
    return h(
      "li",
      { part: "item" },
      item.thumbnail ? h("img", { part: "image", src: item.thumbnail, alt: "" }) : h("span", { part: "image" }),
      h(
        "span",
        { class: "text" },
        h("span", {}, item.title),
        item.variant_title ? h("span", { class: "muted" }, item.variant_title) : null,
        h("span", { class: "muted" }, this.text("cartRecovery.quantity", { quantity: item.quantity }))
      ),
      h("span", {}, formatMoney(item.unit_price * item.quantity, currency))
    )
  }

  #show(message: string, items: HTMLElement[], total: string): void {
    const line = this.shadowPart("message")
    if (line) line.textContent = message
    this.shadowPart("items")?.replaceChildren(...items)
    const totalLine = this.shadowPart("total")
    if (totalLine) totalLine.textContent = total
  }

  #state(current: RecoveryState): void {
    this.states(STATES, current)
    const actions = this.shadowPart("actions")
    if (actions) actions.hidden = current !== "confirm"
  }

  #forgetToken(): void {
    if (this.hasAttribute("keep-url") || this.getAttribute("token")) return
    const url = new URL(location.href)
    url.searchParams.delete(this.getAttribute("param") || "recover")
    history.replaceState(history.state, "", url)
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "tp-cart-recovery": TpCartRecoveryElement
  }
}
