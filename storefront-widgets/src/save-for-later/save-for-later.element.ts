import { BaseElement } from "../runtime/define.js"
import { internalsOf, toggleState } from "../runtime/dom.js"
import { wt } from "../runtime/wishlist-strings.js"
import { saveForLater } from "../runtime/wishlists.js"
import { saveForLaterStyles } from "./save-for-later.styles.js"

const TEMPLATE = `
<style>${saveForLaterStyles}</style>
<button part="button" type="button"></button>
<span part="status" role="status"></span>
<span part="error" role="alert"></span>`

/**
 * "Save for later" on a cart line: moves the line out of the cart into the shopper's default list (or
 * `wishlist-id`) in one backend workflow (`POST /store/carts/:cart_id/line-items/:line_id/save-for-later`), then
 * fires `tp:cart-changed` (re-read the cart) and `tp-wishlist-change`, and says "Saved for later" in its live
 * region. The cart id and line id come from the page: Medusa's storefronts keep the cart cookie httpOnly.
 *
 * @tag tp-save-for-later
 * @attr cart-id - the cart (required)
 * @attr line-item-id - the cart line to save (required)
 * @attr wishlist-id - the list to save into (default: the shopper's default list)
 *
 * @event tp:cart-changed - `{ cart_id, reason: "save-for-later" }` after the line left the cart
 * @event tp-wishlist-change - `{ reason: "save-for-later", wishlist_id, item_id, variant_id }`
 * @event tp-error - `{ error }` when saving failed (the cart is unchanged; the message is shown too)
 *
 * @csspart button - the "Save for later" button
 * @csspart status - live region: "Saved for later"
 * @csspart error - the error message (role="alert")
 *
 * @cssstate busy - the request is running
 * @cssstate saved - the line was saved (the button stays disabled)
 *
 * @cssproperty --tp-save-for-later-fg - button text and border; default --tp-accent
 * @cssproperty --tp-save-for-later-bg - default transparent
 * @cssproperty --tp-save-for-later-border-color - default --tp-accent
 * @cssproperty --tp-save-for-later-font-size - default 0.875rem
 * @cssproperty --tp-save-for-later-padding - default 0.25rem 0.75rem
 * @cssproperty --tp-save-for-later-min-height - default 2.25rem
 * @cssproperty --tp-save-for-later-status-color - default #1a7f37
 * @cssproperty --tp-error-color - default #cf222e
 * @cssproperty --tp-accent, --tp-radius, --tp-focus-ring, --tp-font-family - shared theme
 */
export class TpSaveForLaterElement extends BaseElement {
  static readonly tag = "tp-save-for-later"

  static get observedAttributes(): readonly string[] {
    return ["cart-id", "line-item-id", "wishlist-id"]
  }

  #root: ShadowRoot | null = null
  #internals: ElementInternals | null = null
  #busy = false
  #saved = false

  connectedCallback(): void {
    if (!this.#root) {
      this.#root = this.shadowRoot ?? this.attachShadow({ mode: "open" })
      this.#root.innerHTML = TEMPLATE
      this.#part("button")?.addEventListener("click", () => void this.save())
      this.#internals = internalsOf(this)
    }
    document.addEventListener("tp-config-change", this.#onConfig)
    this.#update()
  }

  disconnectedCallback(): void {
    document.removeEventListener("tp-config-change", this.#onConfig)
  }

  /** Another line (a framework reusing the element): ready again. */
  attributeChangedCallback(): void {
    this.#saved = false
    this.#show("status", "")
    this.#show("error", "")
    this.#update()
  }

  /** Moves the line into the list (what a click does). Resolves when done; never rejects. */
  async save(): Promise<void> {
    const cartId = this.getAttribute("cart-id")
    const lineItemId = this.getAttribute("line-item-id")
    if (this.#busy || this.#saved || !cartId || !lineItemId) return
    this.#busy = true
    this.#show("status", "")
    this.#show("error", "")
    this.#update()
    try {
      await saveForLater({ cartId, lineItemId, wishlistId: this.getAttribute("wishlist-id") }, this)
      this.#saved = true
      this.#show("status", wt("saveForLater.done"))
    } catch (error) {
      this.#show("error", wt("wishlist.error", { message: (error as Error).message }))
    } finally {
      this.#busy = false
      this.#update()
    }
  }

  #onConfig = (): void => this.#update()

  #part(name: string): HTMLElement | null {
    return this.#root?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null
  }

  #show(name: "status" | "error", text: string): void {
    const node = this.#part(name)
    if (node) node.textContent = text
  }

  #update(): void {
    const button = this.#part("button")
    if (!button) return
    button.textContent = wt("saveForLater.label")
    const ready = Boolean(this.getAttribute("cart-id") && this.getAttribute("line-item-id"))
    button.setAttribute("aria-disabled", String(this.#busy || this.#saved || !ready))
    button.toggleAttribute("aria-busy", this.#busy)
    toggleState(this.#internals, "busy", this.#busy)
    toggleState(this.#internals, "saved", this.#saved)
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "tp-save-for-later": TpSaveForLaterElement
  }
}
