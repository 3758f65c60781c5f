import { getConfig } from "../runtime/config.js"
import { BaseElement } from "../runtime/define.js"
import { internalsOf, toggleState } from "../runtime/dom.js"
import { wishlistCount } from "../runtime/wishlist-counts.js"
import { wt } from "../runtime/wishlist-strings.js"
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
 * @cssproperty --tp-accent - hover border; --tp-focus-ring - focus outline; --tp-font-family
 */
export class TpWishlistButtonElement extends BaseElement {
  static readonly tag = "tp-wishlist-button"

  static get observedAttributes(): readonly string[] {
    return ["variant-id", "show-count"]
  }

  #root: ShadowRoot | null = null
  #internals: ElementInternals | null = null
  #pressed = false
  #busy = false
  #loading = false
  #count: number | null = null
  /** Increases with every read, so a late answer never overwrites a newer one. */
  #reads = 0

  connectedCallback(): void {
    if (!this.#root) {
      this.#root = this.shadowRoot ?? this.attachShadow({ mode: "open" })
      this.#root.innerHTML = TEMPLATE
      this.#part("button")?.addEventListener("click", () => void this.toggle())
      this.#internals = internalsOf(this)
    }
    document.addEventListener("tp-wishlist-change", this.#onChange)
    document.addEventListener("tp-config-change", this.#onConfig)
    this.#update()
    void this.refresh()
  }

  disconnectedCallback(): void {
    document.removeEventListener("tp-wishlist-change", this.#onChange)
    document.removeEventListener("tp-config-change", this.#onConfig)
  }

  attributeChangedCallback(): void {
    if (this.#root && this.isConnected) void this.refresh()
  }

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
    const read = ++this.#reads
    if (this.hasAttribute("show-count") && variantId) {
      wishlistCount(variantId).then(
        (count) => read === this.#reads && this.#setCount(count),
        () => undefined // reported as tp-error by the runtime
      )
    }
    if (!variantId || this.#busy) return
    this.#loading = true
    this.#update()
    try {
      const saved = findSaved(await knownWishlists(), variantId).length > 0
      if (read === this.#reads && !this.#busy) this.#pressed = saved
    } catch {
      // reported as tp-error by the runtime; the heart stays as it was
    } finally {
      if (read === this.#reads) this.#loading = false
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
      this.#announce(wt(wasPressed ? "wishlist.button.removed" : "wishlist.button.added"))
    } catch (error) {
      this.#pressed = wasPressed // tp-error was fired from this element by the runtime
      this.#announce(wt("wishlist.error", { message: (error as Error).message }))
    } finally {
      this.#busy = false
      this.#update()
    }
    await this.refresh()
  }

  #onChange = (): void => void this.refresh()
  #onConfig = (): void => this.#update()

  #part<E extends Element = HTMLElement>(name: string): E | null {
    return this.#root?.querySelector<E>(`[part~="${name}"]`) ?? null
  }

  #announce(text: string): void {
    const status = this.#part("status")
    if (status) status.textContent = text
  }

  #setCount(count: number): void {
    this.#count = count
    this.#update()
  }

  #update(): void {
    const button = this.#part("button")
    if (!button) return
    button.setAttribute("aria-label", wt("wishlist.button.label"))
    button.setAttribute("aria-pressed", String(this.#pressed))
    button.setAttribute("aria-disabled", String(this.#busy || !this.variantId))
    button.toggleAttribute("aria-busy", this.#busy)
    const count = this.#count
    const shown = this.hasAttribute("show-count") && count !== null && count > 0
    const visible = this.#part("count")
    if (visible) visible.textContent = shown ? new Intl.NumberFormat(getConfig().locale).format(count) : ""
    const described = this.#root?.getElementById("count-text")
    if (described) {
      const one = shown && new Intl.PluralRules(getConfig().locale).select(count) === "one"
      described.textContent = shown ? wt(one ? "wishlist.count.one" : "wishlist.count.other", { count }) : ""
    }
    toggleState(this.#internals, "pressed", this.#pressed)
    toggleState(this.#internals, "busy", this.#busy)
    toggleState(this.#internals, "loading", this.#loading)
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "tp-wishlist-button": TpWishlistButtonElement
  }
}
