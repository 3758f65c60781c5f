import { TouchpointsElement } from "../runtime/touchpoints-element.js"
import { type WishlistStringKey, wishlistTables } from "../runtime/wishlist-strings.js"
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
 * @cssproperty --tp-accent - shared theme
 * @cssproperty --tp-radius - shared theme
 * @cssproperty --tp-focus-ring - shared theme
 * @cssproperty --tp-font-family - shared theme
 */
export class TpSaveForLaterElement extends TouchpointsElement<WishlistStringKey> {
  static readonly tag = "tp-save-for-later"

  static readonly observedAttributes: readonly string[] = ["cart-id", "line-item-id", "wishlist-id"]

  protected readonly template = TEMPLATE
  protected override readonly strings = wishlistTables
  #busy = false
  #saved = false

  protected override setup(): void {
    this.shadowPart("button")?.addEventListener("click", () => void this.save())
  }

  protected override documentEvents(): Record<string, EventListener> {
    return { "tp-config-change": this.#onConfig }
  }

  /** Another line (a framework reusing the element): ready again. */
  protected override attributeChanged(): void {
    this.#saved = false
    this.say("status", "")
    this.say("error", "")
    this.sync()
  }

  /** Moves the line into the list (what a click does). Resolves when done; never rejects. */
  async save(): Promise<void> {
    const cartId = this.getAttribute("cart-id")
    const lineItemId = this.getAttribute("line-item-id")
    if (this.#busy || this.#saved || !cartId || !lineItemId) return
    this.#busy = true
    this.say("status", "")
    this.say("error", "")
    this.sync()
    try {
      await saveForLater({ cartId, lineItemId, wishlistId: this.getAttribute("wishlist-id") }, this)
      this.#saved = true
      this.say("status", this.text("saveForLater.done"))
    } catch (error) {
      this.say("error", this.text("wishlist.error", { message: (error as Error).message }))
    } finally {
      this.#busy = false
      this.sync()
    }
  }

  #onConfig = (): void => this.sync()

  protected override sync(): void {
    const button = this.shadowPart("button")
    if (!button) return
    button.textContent = this.text("saveForLater.label")
    const ready = Boolean(this.getAttribute("cart-id") && this.getAttribute("line-item-id"))
    button.setAttribute("aria-disabled", String(this.#busy || this.#saved || !ready))
    button.toggleAttribute("aria-busy", this.#busy)
    this.state("busy", this.#busy)
    this.state("saved", this.#saved)
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "tp-save-for-later": TpSaveForLaterElement
  }
}
