import { getConfig } from "../runtime/config.js"
import { TouchpointsElement } from "../runtime/touchpoints-element.js"
import { wishlistCount } from "../runtime/wishlist-counts.js"
import { type WishlistStringKey, wishlistTables } from "../runtime/wishlist-strings.js"
import { addToWishlist, findSaved, knownWishlists, removeVariantFromWishlists } from "../runtime/wishlists.js"
import { wishlistButtonStyles } from "./wishlist-button.styles.js"

const TEMPLATE = `
<style>${wishlistButtonStyles}</style>
<button part="button" type="button" aria-pressed="false" aria-describedby="count-text">
  <svg part="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path d="M12 20.3 4.4 12.9a4.7 4.7 0 0 1 6.6-6.7l1 1 1-1a4.7 4.7 0 0 1 6.6 6.7z"/>
  </svg>
</button>
<span class="count" part="count" aria-hidden="true"></span>
<span class="sr" id="count-text"></span>
<span class="sr" part="status" role="status"></span>`

/**
 * A heart that saves a product variant to the shopper's default wishlist, or removes it from every list that
 * holds it. `aria-pressed` says whether it is saved (in any of the shopper's lists). The change shows at once and
 * is rolled back if the backend refuses it. Guests get a wishlist token on their first save (kept in localStorage
 * `tp_wishlist_token`). Every heart on a page shares one `GET /store/wishlists` and one batched counts request.
 * Fixed size: nothing moves when the state or the count changes.
 *
 * @tag tp-wishlist-button
 * @attr variant-id - the variant to save (required)
 * @attr product-id - the variant's product (passed on in events; optional)
 * @attr region-id - region whose price is remembered as the saved price (enables "price dropped" later)
 * @attr show-count - show how many shoppers saved the variant (`GET /store/wishlist-counts`)
 *
 * @event tp-wishlist-change - `{ reason: "add" | "remove", wishlist_id, item_id, variant_id }` after a change
 * @event tp-error - `{ error }` when saving or removing failed (the heart goes back to its previous state)
 *
 * @csspart button - the toggle button
 * @csspart icon - the heart (inline SVG)
 * @csspart count - the number of shoppers who saved it (with `show-count`)
 * @csspart status - visually hidden live region announcing the result
 *
 * @cssstate pressed - the variant is saved
 * @cssstate busy - a change is being sent
 * @cssstate loading - the shopper's lists are being read
 *
 * @cssproperty --tp-wishlist-button-size - width and height of the button; default 2.75rem
 * @cssproperty --tp-wishlist-icon-size - default 1.375rem
 * @cssproperty --tp-wishlist-heart-color - fill of a saved heart; default #d1242f
 * @cssproperty --tp-wishlist-button-bg - default #ffffff
 * @cssproperty --tp-wishlist-button-fg - outline of the empty heart and count text; default #1f2328
 * @cssproperty --tp-wishlist-button-border-color - default #d0d7de
 * @cssproperty --tp-wishlist-button-radius - default 999px (round)
 * @cssproperty --tp-wishlist-count-width - space kept for the count; default 3ch
 * @cssproperty --tp-wishlist-count-font-size - default 0.875rem
 * @cssproperty --tp-accent - hover border
 * @cssproperty --tp-focus-ring - focus outline
 * @cssproperty --tp-font-family
 */
export class TpWishlistButtonElement extends TouchpointsElement<WishlistStringKey> {
  static readonly tag = "tp-wishlist-button"

  static readonly observedAttributes: readonly string[] = ["variant-id", "show-count"]

  protected readonly template = TEMPLATE
  protected override readonly strings = wishlistTables
  #pressed = false
  #busy = false
  #loading = false
  #count: number | null = null

  protected override setup(): void {
    this.shadowPart("button")?.addEventListener("click", () => void this.toggle())
  }

  protected override documentEvents(): Record<string, EventListener> {
    return { "tp-wishlist-change": this.#onChange, "tp-config-change": this.#onConfig }
  }

  protected override sync(): void {
    this.#update()
    void this.refresh()
  }

  protected override attributeChanged(): void {
    if (this.isConnected) void this.refresh()
  }

  /** The `variant-id` attribute, trimmed ("" without one). */
  get variantId(): string {
    return this.getAttribute("variant-id")?.trim() ?? ""
  }

  /** Whether the variant is in one of the shopper's lists. */
  get pressed(): boolean {
    return this.#pressed
  }

  /** Re-reads whether the variant is saved (and the count with `show-count`). */
  async refresh(): Promise<void> {
    const variantId = this.variantId
    const current = this.beginLoad()
    if (this.hasAttribute("show-count") && variantId) {
      wishlistCount(variantId).then(
        (count) => current() && this.#setCount(count),
        () => undefined // reported as tp-error by the runtime
      )
    }
    if (!variantId || this.#busy) return
    this.#loading = true
    this.#update()
    try {
      const saved = findSaved(await knownWishlists(), variantId).length > 0
      if (current() && !this.#busy) this.#pressed = saved
    } catch {
      // reported as tp-error by the runtime; the heart stays as it was
    } finally {
      if (current()) this.#loading = false
      this.#update()
    }
  }

  /** Saves or removes the variant (what a click does). Resolves when the backend answered. */
  async toggle(): Promise<void> {
    const variantId = this.variantId
    if (this.#busy || !variantId) return
    const wasPressed = this.#pressed
    this.#pressed = !wasPressed
    this.#busy = true
    this.#announce("")
    this.#update()
    try {
      if (wasPressed) await removeVariantFromWishlists(variantId, this)
      else await addToWishlist({ variantId, regionId: this.getAttribute("region-id") }, this)
      this.#announce(this.text(wasPressed ? "wishlist.button.removed" : "wishlist.button.added"))
    } catch (error) {
      this.#pressed = wasPressed // tp-error was fired from this element by the runtime
      this.#announce(this.text("wishlist.error", { message: (error as Error).message }))
    } finally {
      this.#busy = false
      this.#update()
    }
    await this.refresh()
  }

  #onChange = (): void => void this.refresh()
  #onConfig = (): void => this.#update()

  #announce(text: string): void {
    this.say("status", text)
  }

  #setCount(count: number): void {
    this.#count = count
    this.#update()
  }

  #update(): void {
    const button = this.shadowPart("button")
    if (!button) return
    button.setAttribute("aria-label", this.text("wishlist.button.label"))
    button.setAttribute("aria-pressed", String(this.#pressed))
    button.setAttribute("aria-disabled", String(this.#busy || !this.variantId))
    button.toggleAttribute("aria-busy", this.#busy)
    const count = this.#count
    const shown = this.hasAttribute("show-count") && count !== null && count > 0
    const visible = this.shadowPart("count")
    if (visible) visible.textContent = shown ? new Intl.NumberFormat(getConfig().locale).format(count) : ""
    const described = this.root?.getElementById("count-text")
    if (described) {
      const one = shown && new Intl.PluralRules(getConfig().locale).select(count) === "one"
      described.textContent = shown ? this.text(one ? "wishlist.count.one" : "wishlist.count.other", { count }) : ""
    }
    this.state("pressed", this.#pressed)
    this.state("busy", this.#busy)
    this.state("loading", this.#loading)
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "tp-wishlist-button": TpWishlistButtonElement
  }
}
