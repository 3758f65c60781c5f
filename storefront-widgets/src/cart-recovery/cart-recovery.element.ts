import { fetchRecoveredCart, type RecoveredCart, type RecoveredCartItem } from "../runtime/cart-recovery.js"
import { crt } from "../runtime/cart-recovery-strings.js"
import { BaseElement } from "../runtime/define.js"
import { h, internalsOf, toggleState } from "../runtime/dom.js"
import { emit } from "../runtime/events.js"
import { formatMoney } from "../runtime/format.js"
import { cartRecoveryStyles } from "./cart-recovery.styles.js"

const TEMPLATE = `
<style>${cartRecoveryStyles}</style>
<section part="panel" role="status" aria-live="polite">
  <p part="message"></p>
  <ul part="items"></ul>
  <p part="total"></p>
</section>`

/**
 * Restores the cart behind an abandoned-cart reminder's link (`GET /store/cart-recovery/:token`) and shows what
 * came back. The token comes from the `token` attribute or the page URL's `?recover=` parameter (see `param`);
 * without one the element renders nothing and takes no space. On success it fires `tp-cart-recovered` with the
 * cart (the storefront makes it the shopper's cart, e.g. sets its cart cookie) and `tp:cart-changed`, then
 * removes the token from the address bar (so a reload or a shared URL does not count another click).
 *
 * @tag tp-cart-recovery
 * @attr token - the recovery token (default: read from the URL)
 * @attr param - the URL parameter holding the token (default "recover")
 * @attr keep-url - keep the token in the address bar
 *
 * @event tp-cart-recovered - `{ cart }`: the restored cart (id, region_id, currency_code, items, item_total)
 * @event tp:cart-changed - `{ cart_id, reason: "recover" }`
 * @event tp-error - `{ error }`: the link is invalid (404), the cart was ordered (409), or the call failed
 *
 * @csspart panel - the box; message - the status line; items - the list; item - a line; image; total
 * @cssstate empty - no token: nothing shown; loading; restored; error
 * @cssproperty --tp-cart-recovery-fg, --tp-cart-recovery-muted, --tp-cart-recovery-bg,
 *   --tp-cart-recovery-border-color, --tp-cart-recovery-padding
 * @cssproperty --tp-radius, --tp-font-family, --tp-error-color - shared theme
 */
export class TpCartRecoveryElement extends BaseElement {
  static readonly tag = "tp-cart-recovery"

  static get observedAttributes(): readonly string[] {
    return ["token"]
  }

  #root: ShadowRoot | null = null
  #internals: ElementInternals | null = null
  #loaded: string | null = null

  connectedCallback(): void {
    if (!this.#root) {
      this.#root = this.shadowRoot ?? this.attachShadow({ mode: "open" })
      this.#root.innerHTML = TEMPLATE
      this.#internals = internalsOf(this)
    }
    void this.refresh()
  }

  attributeChangedCallback(_name: string, before: string | null, after: string | null): void {
    if (this.#root && before !== after) void this.refresh()
  }

  /** The token this element restores: the attribute, else the URL parameter. */
  get token(): string | null {
    const attribute = this.getAttribute("token")
    if (attribute) return attribute
    if (typeof location === "undefined") return null
    return new URLSearchParams(location.search).get(this.getAttribute("param") || "recover")
  }

  /** Restores the cart of the current token (once per token). Resolves when done; never rejects. */
  async refresh(): Promise<void> {
    const token = this.token
    this.#state(token ? "loading" : "empty")
    if (!token || token === this.#loaded) return
    this.#loaded = token
    this.#show(crt("cartRecovery.loading"), [], "")
    try {
      const cart = await fetchRecoveredCart(token, this)
      if (token !== this.token && this.getAttribute("token")) return
      this.#restored(cart)
    } catch (error) {
      const status = (error as { status?: number }).status
      const message =
        status === 409
          ? crt("cartRecovery.ordered")
          : status === 404
            ? crt("cartRecovery.invalid")
            : crt("cartRecovery.error", { message: (error as Error).message })
      this.#show(message, [], "")
      this.#state("error")
    }
  }

  #restored(cart: RecoveredCart): void {
    const count = cart.items.reduce((sum, item) => sum + item.quantity, 0)
    const message = count === 1 ? crt("cartRecovery.restoredOne") : crt("cartRecovery.restored", { count })
    this.#show(
      message,
      cart.items.map((item) => this.#item(item, cart.currency_code)),
      `${crt("cartRecovery.total")}: ${formatMoney(cart.item_total, cart.currency_code)}`
    )
    this.#state("restored")
    if (!this.hasAttribute("keep-url") && !this.getAttribute("token")) this.#forgetTokenInUrl()
    emit("tp-cart-recovered", { cart }, this)
    emit("tp:cart-changed", { cart_id: cart.id, reason: "recover" }, this)
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
        h("span", { class: "muted" }, crt("cartRecovery.quantity", { quantity: item.quantity }))
      ),
      h("span", {}, formatMoney(item.unit_price * item.quantity, currency))
    )
  }

  #show(message: string, items: HTMLElement[], total: string): void {
    const part = (name: string) => this.#root?.querySelector<HTMLElement>(`[part~="${name}"]`)
    const line = part("message")
    if (line) line.textContent = message
    part("items")?.replaceChildren(...items)
    const totalLine = part("total")
    if (totalLine) totalLine.textContent = total
  }

  #state(current: "empty" | "loading" | "restored" | "error"): void {
    for (const name of ["empty", "loading", "restored", "error"]) toggleState(this.#internals, name, name === current)
  }

  #forgetTokenInUrl(): void {
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
