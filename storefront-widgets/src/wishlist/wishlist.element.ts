import { h } from "../runtime/dom.js"
import { TouchpointsError } from "../runtime/errors.js"
import { emit } from "../runtime/events.js"
import { formatMoney } from "../runtime/format.js"
import { localize } from "../runtime/i18n.js"
import { TouchpointsElement } from "../runtime/touchpoints-element.js"
import { type WishlistStringKey, wishlistTables } from "../runtime/wishlist-strings.js"
import type { SharedWishlist, SharedWishlistItem, Wishlist, WishlistItem } from "../runtime/wishlist-types.js"
import {
  createWishlist,
  deleteWishlist,
  loadSharedWishlist,
  loadWishlists,
  moveToCart,
  removeFromWishlist,
  renameWishlist,
  shareWishlist,
  unshareWishlist,
} from "../runtime/wishlists.js"
import { wishlistStyles } from "./wishlist.styles.js"

const TEMPLATE = `
<style>${wishlistStyles}</style>
<section part="base" aria-labelledby="heading">
  <h2 part="heading" id="heading" tabindex="-1"></h2>
  <p part="note" hidden></p>
  <div class="row" part="toolbar" hidden>
    <label for="list" part="select-label"></label>
    <select id="list" part="select"></select>
    <button type="button" part="new-list" data-act="new" data-focus="new"></button>
    <button type="button" part="rename" data-act="rename" data-focus="rename"></button>
    <button type="button" part="delete" data-act="delete" data-focus="delete"></button>
  </div>
  <form class="row" part="form" hidden>
    <label for="name" part="name-label"></label>
    <input id="name" part="name" required maxlength="80" autocomplete="off">
    <button type="submit" class="primary" part="save"></button>
    <button type="button" part="cancel" data-act="cancel"></button>
  </form>
  <div class="row" part="confirm" role="group" aria-labelledby="confirm-text" hidden>
    <p id="confirm-text"></p>
    <button type="button" class="primary" part="confirm-delete" data-act="confirm-delete"></button>
    <button type="button" part="cancel" data-act="cancel"></button>
  </div>
  <div class="row" part="share" hidden></div>
  <p part="message"></p>
  <ul part="items"></ul>
  <p part="status" role="status"></p>
  <p part="error" role="alert"></p>
</section>`

type Mode = "loading" | "owner" | "shared" | "gone" | "failed"
type AnyItem = WishlistItem | SharedWishlistItem
/** Where focus goes after the next render: a `data-focus` key, or the same place in the item list. */
type FocusTarget = string | { part: "move" | "remove"; index: number }

/**
 * The shopper's wishlists: switch lists, create, rename and delete named lists, share a list (copyable link,
 * new link, stop sharing), and per item thumbnail, titles, quantity, price, a price-change badge, availability,
 * "Move to cart" and "Remove". With `share-token` it shows that shared list read-only, or says it is no longer
 * shared. Reads `GET /store/wishlists` (shared with every wishlist widget on the page) and re-reads it on every
 * `tp-wishlist-change`. Results are announced in a live region; after removing an item focus moves to the next.
 *
 * @tag tp-wishlist
 * @attr cart-id - the shopper's cart: enables "Move to cart" (without it the button is disabled with a hint)
 * @attr region-id - prices and stock in this region (default: the region each item was saved in)
 * @attr share-token - show this shared list read-only (`GET /store/shared-wishlists/:token`)
 * @attr share-url-template - share link with `{token}`, absolute or relative to the page (e.g. "/wishlist?token={token}");
 *   default `/demo/wishlist.html?token={token}`
 * @attr product-url-template - links item titles, with `{handle}`, e.g. `/products/{handle}`
 *
 * @event tp-wishlist-change - after every change made here (create, rename, delete, share, unshare, remove, move)
 * @event tp:cart-changed - `{ cart_id, reason: "move-to-cart" }` after an item went into the cart
 * @event tp-error - `{ error }` when a call failed (the message is shown too)
 *
 * @csspart base - the region
 * @csspart heading - the title
 * @csspart note - the "shared wishlist" line
 * @csspart toolbar - list switcher and list actions
 * @csspart select-label - list switcher and list actions
 * @csspart select - list switcher and list actions
 * @csspart new-list - list switcher and list actions
 * @csspart rename - list switcher and list actions
 * @csspart delete - list switcher and list actions
 * @csspart form - the create/rename form
 * @csspart name-label - the create/rename form
 * @csspart name - the create/rename form
 * @csspart save - the create/rename form
 * @csspart cancel - the create/rename form
 * @csspart confirm - the delete confirmation
 * @csspart confirm-delete - the delete confirmation
 * @csspart share - sharing
 * @csspart share-button - sharing
 * @csspart share-url - sharing
 * @csspart copy - sharing
 * @csspart rotate - sharing
 * @csspart revoke - sharing
 * @csspart message - loading, empty, "no longer shared" and load errors
 * @csspart items - the items
 * @csspart item - the items
 * @csspart thumbnail - the items
 * @csspart title - the items
 * @csspart variant - the items
 * @csspart quantity - the items
 * @csspart price - the items
 * @csspart badge - badges
 * @csspart price-badge - badges
 * @csspart price-down - badges
 * @csspart price-up - badges
 * @csspart availability - badges
 * @csspart in_stock - badges
 * @csspart sold_out - badges
 * @csspart discontinued - badges
 * @csspart actions - item actions and why "Move to cart" is disabled
 * @csspart move - item actions and why "Move to cart" is disabled
 * @csspart remove - item actions and why "Move to cart" is disabled
 * @csspart hint - item actions and why "Move to cart" is disabled
 * @csspart status - live region with results
 * @csspart error - failures (role="alert")
 *
 * @cssstate loading - the lists are being read
 * @cssstate busy - a change is being sent
 * @cssstate shared - read-only view
 *
 * @cssproperty --tp-wishlist-bg - colours
 * @cssproperty --tp-wishlist-fg - colours
 * @cssproperty --tp-wishlist-border-color - colours
 * @cssproperty --tp-wishlist-muted - colours
 * @cssproperty --tp-wishlist-padding - default 1rem
 * @cssproperty --tp-wishlist-min-height - space kept while loading, 14rem
 * @cssproperty --tp-wishlist-font-size - default 1rem
 * @cssproperty --tp-wishlist-heading-size - default 1.25rem
 * @cssproperty --tp-wishlist-thumb-size - default 4rem
 * @cssproperty --tp-wishlist-thumb-bg - default #eaeef2
 * @cssproperty --tp-wishlist-button-bg - secondary buttons
 * @cssproperty --tp-wishlist-button-border-color - secondary buttons
 * @cssproperty --tp-wishlist-badge-bg
 * @cssproperty --tp-wishlist-price-down-bg
 * @cssproperty --tp-wishlist-price-down-fg
 * @cssproperty --tp-wishlist-price-up-bg
 * @cssproperty --tp-wishlist-price-up-fg
 * @cssproperty --tp-wishlist-in-stock-fg - availability badges
 * @cssproperty --tp-wishlist-unavailable-bg - availability badges
 * @cssproperty --tp-wishlist-unavailable-fg - availability badges
 * @cssproperty --tp-accent
 * @cssproperty --tp-accent-fg
 * @cssproperty --tp-radius
 * @cssproperty --tp-focus-ring
 * @cssproperty --tp-font-family
 * @cssproperty --tp-error-color
 */
export class TpWishlistElement extends TouchpointsElement<WishlistStringKey> {
  static readonly tag = "tp-wishlist"

  static readonly observedAttributes: readonly string[] = [
    "cart-id",
    "region-id",
    "share-token",
    "share-url-template",
    "product-url-template",
  ]

  protected readonly template = TEMPLATE
  protected override readonly strings = wishlistTables
  #mode: Mode = "loading"
  #lists: Wishlist[] = []
  #shared: SharedWishlist | null = null
  #failure = ""
  #selected: string | null = null
  #form: "create" | "rename" | null = null
  #confirming = false
  #busy = false
  #focus: FocusTarget | null = null

  protected override setup(): void {
    this.root?.addEventListener("click", this.#onClick)
    this.shadowPart("form")?.addEventListener("submit", this.#onSubmit)
    this.shadowPart("select")?.addEventListener("change", this.#onSelect)
  }

  protected override documentEvents(): Record<string, EventListener> {
    return { "tp-wishlist-change": this.#onChange, "tp-config-change": this.#onConfig }
  }

  protected override sync(): void {
    this.#render()
    void this.refresh()
  }

  protected override attributeChanged(): void {
    if (this.isConnected) void this.refresh()
  }

  /** The list shown (owner view). */
  get selectedWishlist(): Wishlist | null {
    return this.#lists.find((list) => list.id === this.#selected) ?? this.#lists[0] ?? null
  }

  /** Reads the lists (or the shared list) again and renders them. */
  async refresh(): Promise<void> {
    const current = this.beginLoad()
    const token = this.getAttribute("share-token")
    const regionId = this.getAttribute("region-id")
    let mode: Mode
    try {
      if (token) {
        this.#shared = await loadSharedWishlist(token, { regionId, reportTo: null })
        mode = "shared"
      } else {
        this.#lists = await loadWishlists({ regionId })
        mode = "owner"
      }
    } catch (error) {
      if (!current()) return
      const gone = token && error instanceof TouchpointsError && error.status === 404
      // a dead share link is an answer, not a failure; other shared-view errors are reported here
      if (token && !gone && error instanceof TouchpointsError) emit("tp-error", { error }, this)
      this.#failure = (error as Error).message
      mode = gone ? "gone" : "failed"
    }
    if (!current()) return
    this.#mode = mode
    this.#render(true)
  }

  #onChange = (): void => {
    if (!this.getAttribute("share-token")) void this.refresh()
  }
  #onConfig = (): void => this.#render()

  #onSelect = (event: Event): void => {
    this.#selected = (event.target as HTMLSelectElement).value
    this.#confirming = false
    this.#render()
  }

  #onClick = (event: Event): void => {
    const button = (event.target as Element).closest?.("button[data-act]")
    if (!button || button.getAttribute("aria-disabled") === "true" || this.#busy) return
    void this.#act(button.getAttribute("data-act") ?? "", button.getAttribute("data-id") ?? "")
  }

  #onSubmit = (event: Event): void => {
    event.preventDefault()
    const input = this.shadowPart<HTMLInputElement>("name")
    const name = input?.value.trim() ?? ""
    const list = this.selectedWishlist
    if (!name || this.#busy) {
      input?.focus()
      return
    }
    if (this.#form === "create") {
      void this.#run(
        async () => {
          this.#selected = (await createWishlist(name, this)).id
        },
        this.text("wishlist.created", { name }),
        "select"
      ).then((done) => done && this.#closeForm())
    } else if (list) {
      void this.#run(() => renameWishlist(list.id, name, this), this.text("wishlist.renamed", { name }), "rename").then(
        (done) => done && this.#closeForm()
      )
    }
  }

  async #act(act: string, id: string): Promise<void> {
    const list = this.selectedWishlist
    const items = list?.items ?? []
    const index = items.findIndex((item) => item.id === id)
    const item = items[index]
    const title = item ? titleOf(item) : ""
    if (act === "new" || act === "rename") {
      this.#form = act === "new" ? "create" : "rename"
      this.#confirming = false
      this.#render()
      const input = this.shadowPart<HTMLInputElement>("name")
      if (input) {
        input.value = act === "rename" ? (list?.name ?? "") : ""
        input.focus()
      }
    } else if (act === "cancel") {
      const back = this.#form === "create" ? "new" : this.#form === "rename" ? "rename" : "delete"
      this.#closeForm()
      this.#focusKey(back)
    } else if (act === "delete" && list) {
      this.#confirming = true
      this.#form = null
      this.#render()
      this.shadowPart("confirm-delete")?.focus()
    } else if (act === "confirm-delete" && list) {
      await this.#run(
        async () => {
          await deleteWishlist(list.id, this)
          this.#confirming = false
          this.#selected = null // back to the default list
        },
        this.text("wishlist.deleted", { name: list.name }),
        "select"
      )
    } else if ((act === "share" || act === "rotate") && list) {
      await this.#run(
        () => shareWishlist(list.id, this),
        this.text(act === "share" ? "wishlist.shared" : "wishlist.rotated"),
        "copy"
      )
    } else if (act === "revoke" && list) {
      await this.#run(() => unshareWishlist(list.id, this), this.text("wishlist.revoked"), "share")
    } else if (act === "copy") {
      await this.#copy()
    } else if (act === "move" && list && item) {
      const cartId = this.getAttribute("cart-id") ?? ""
      await this.#run(
        async () => {
          const result = await moveToCart(
            { wishlistId: list.id, itemId: item.id, cartId, variantId: item.variant_id },
            this
          )
          const { saved_price: saved, current_price: current } = result
          return result.price_changed && saved && current
            ? this.text("wishlist.movedPrice", {
                title,
                saved: formatMoney(saved.amount, saved.currency_code),
                current: formatMoney(current.amount, current.currency_code),
              })
            : undefined
        },
        this.text("wishlist.moved", { title }),
        { part: "move", index }
      )
    } else if (act === "remove" && list && item) {
      await this.#run(
        () => removeFromWishlist(list.id, item.id, this, item.variant_id),
        this.text("wishlist.removed", { title }),
        { part: "remove", index }
      )
    }
  }

  /**
   * Runs a change: busy while it runs, then re-reads the lists, moves focus to `focus` and says the success text
   * (or the one the task returns) in the live region. On failure the message shows (tp-error came from the runtime).
   */
  async #run(task: () => Promise<unknown>, success: string, focus: FocusTarget): Promise<boolean> {
    this.#busy = true
    this.#focus = focus
    this.say("status", "")
    this.say("error", "")
    this.#render()
    try {
      const text = await task()
      await this.refresh() // shares the read the change event started: the result shows before it is said
      this.say("status", typeof text === "string" ? text : success)
      return true
    } catch (error) {
      this.#focus = null
      this.say("error", this.text("wishlist.error", { message: (error as Error).message }))
      void this.refresh() // the lists may have moved on (409, 404)
      return false
    } finally {
      this.#busy = false
      this.#render()
    }
  }

  async #copy(): Promise<void> {
    const input = this.shadowPart<HTMLInputElement>("share-url")
    if (!input) return
    try {
      await navigator.clipboard.writeText(input.value)
      this.say("status", this.text("wishlist.copied"))
    } catch {
      input.focus() // no clipboard access: select the link so the shopper can copy it
      input.select()
    }
  }

  #closeForm(): void {
    this.#form = null
    this.#confirming = false
    this.#render()
  }

  #focusKey(key: string): void {
    const target = this.root?.querySelector<HTMLElement>(`[data-focus="${key}"]:not([hidden])`)
    if (target && target.offsetParent !== null) target.focus()
    else this.shadowPart("heading")?.focus()
  }

  /** Updates the shadow tree. `settled`: after a read, when a pending focus move may happen. */
  #render(settled = false): void {
    const root = this.root
    if (!root) return
    const focused = root.activeElement?.getAttribute("data-focus")
    const mode = this.#mode
    const owner = mode === "owner"
    const list = owner ? this.selectedWishlist : null

    const heading = this.shadowPart("heading")
    if (heading) heading.textContent = mode === "shared" ? (this.#shared?.name ?? "") : this.text("wishlist.heading")
    const note = this.shadowPart("note")
    if (note) {
      note.hidden = !(mode === "shared" || mode === "gone")
      note.textContent = this.text("wishlist.sharedNote")
    }
    this.#renderToolbar(owner, list)
    this.#renderShare(list)

    const items = owner ? (list?.items ?? []) : mode === "shared" ? (this.#shared?.items ?? []) : []
    const message = this.shadowPart("message")
    if (message) {
      message.textContent =
        mode === "loading"
          ? this.text("wishlist.loading")
          : mode === "gone"
            ? this.text("wishlist.gone")
            : mode === "failed"
              ? this.text("wishlist.error", { message: this.#failure })
              : items.length === 0
                ? this.text("wishlist.empty")
                : ""
      message.hidden = message.textContent === ""
    }
    const ul = this.shadowPart("items")
    ul?.replaceChildren(...items.map((item, index) => this.#renderItem(item, index, owner)))

    this.shadowPart("base")?.setAttribute("aria-busy", String(mode === "loading" || this.#busy))
    this.state("loading", mode === "loading")
    this.state("busy", this.#busy)
    this.state("shared", mode === "shared" || mode === "gone")

    const pending = settled ? this.#focus : null
    if (settled) this.#focus = null
    if (typeof pending === "string") this.#focusKey(pending)
    else if (pending) {
      const rows = ul?.children ?? []
      const row = rows[pending.index] ?? rows[pending.index - 1]
      const next = row?.querySelector<HTMLElement>(`[part~="${pending.part}"]`)
      if (next) next.focus()
      else this.shadowPart("heading")?.focus()
    } else if (focused && root.activeElement === null) {
      root.querySelector<HTMLElement>(`[data-focus="${focused}"]`)?.focus()
    }
  }

  #renderToolbar(owner: boolean, list: Wishlist | null): void {
    const toolbar = this.shadowPart("toolbar")
    if (!toolbar) return
    toolbar.hidden = !owner
    const label = this.shadowPart("select-label")
    if (label) label.textContent = this.text("wishlist.select")
    const select = this.shadowPart<HTMLSelectElement>("select")
    if (select) {
      select.replaceChildren(
        ...this.#lists.map((entry) =>
          h("option", { value: entry.id, selected: entry.id === list?.id }, `${entry.name} (${entry.item_count})`)
        )
      )
      select.hidden = this.#lists.length === 0
      select.setAttribute("data-focus", "select")
      if (list) select.value = list.id
      label?.toggleAttribute("hidden", select.hidden)
    }
    const set = (part: string, text: string, hidden: boolean) => {
      const button = this.shadowPart(part)
      if (!button) return
      button.textContent = text
      button.hidden = hidden
      button.setAttribute("aria-disabled", String(this.#busy))
    }
    set("new-list", this.text("wishlist.new"), false)
    set("rename", this.text("wishlist.rename"), !list)
    set("delete", this.text("wishlist.delete"), !list || list.is_default)

    const form = this.shadowPart("form")
    if (form) form.hidden = !owner || this.#form === null
    const nameLabel = this.shadowPart("name-label")
    if (nameLabel) nameLabel.textContent = this.text("wishlist.name")
    const save = this.shadowPart("save")
    if (save) save.textContent = this.text("wishlist.save")
    for (const cancel of this.root?.querySelectorAll('[part~="cancel"]') ?? [])
      cancel.textContent = this.text("wishlist.cancel")
    const confirm = this.shadowPart("confirm")
    if (confirm) confirm.hidden = !owner || !this.#confirming || !list
    const confirmText = this.root?.getElementById("confirm-text")
    if (confirmText) confirmText.textContent = this.text("wishlist.deleteConfirm", { name: list?.name ?? "" })
    const confirmDelete = this.shadowPart("confirm-delete")
    if (confirmDelete) confirmDelete.textContent = this.text("wishlist.delete")
  }

  #renderShare(list: Wishlist | null): void {
    const area = this.shadowPart("share")
    if (!area) return
    area.hidden = !list
    if (!list) return
    const busy = String(this.#busy)
    const button = (act: string, text: string, part = act) =>
      h("button", { type: "button", part, "data-act": act, "data-focus": act, "aria-disabled": busy }, text)
    if (!list.share) {
      area.replaceChildren(button("share", this.text("wishlist.share"), "share-button"))
      return
    }
    const template = this.getAttribute("share-url-template") || "/demo/wishlist.html?token={token}"
    // a relative template becomes absolute here, so a server rendering the page need not know its own host
    const url = new URL(template.replaceAll("{token}", encodeURIComponent(list.share.token)), location.href).href
    const input = h("input", { id: "share-url", part: "share-url", readonly: true, "data-focus": "share-url" })
    input.value = url
    area.replaceChildren(
      h("label", { for: "share-url" }, this.text("wishlist.shareLink")),
      input,
      button("copy", this.text("wishlist.copy")),
      button("rotate", this.text("wishlist.rotate")),
      button("revoke", this.text("wishlist.revoke"))
    )
  }

  #renderItem(item: AnyItem, index: number, owner: boolean): HTMLLIElement {
    const title = titleOf(item)
    const handle = item.product?.handle
    const productUrl = this.getAttribute("product-url-template")
    const href = productUrl && handle ? productUrl.replaceAll("{handle}", encodeURIComponent(handle)) : null
    const thumbnail = item.product?.thumbnail
    const price = item.current_price ?? item.saved_price
    const change = item.price_change
    const percent = Math.round(Math.abs(change?.percent ?? 0))
    const priceBadge =
      change?.direction === "down"
        ? h("span", { part: "badge price-badge price-down" }, this.text("wishlist.priceDown", { percent }))
        : change?.direction === "up"
          ? h("span", { part: "badge price-badge price-up" }, this.text("wishlist.priceUp"))
          : null
    const details = h(
      "div",
      {},
      h("h3", { part: "title" }, href ? h("a", { href }, title) : title),
      h(
        "p",
        { class: "meta" },
        item.variant?.title ? h("span", { part: "variant" }, item.variant.title) : null,
        h("span", { part: "quantity" }, this.text("wishlist.quantity", { quantity: item.quantity })),
        price ? h("span", { part: "price" }, formatMoney(price.amount, price.currency_code)) : null
      ),
      h(
        "p",
        { class: "meta" },
        priceBadge,
        h("span", { part: `badge availability ${item.availability}` }, this.text(`wishlist.${item.availability}`))
      )
    )
    if (owner && "id" in item) details.append(this.#renderActions(item, index, title))
    const placeholder = () => h("span", { part: "thumbnail", "aria-hidden": "true" })
    const image = thumbnail
      ? h("img", { part: "thumbnail", src: thumbnail, alt: "", width: 64, height: 64, loading: "lazy" })
      : placeholder()
    // a thumbnail that fails to load leaves the same-sized placeholder, not a broken-image icon
    image.addEventListener("error", () => image.replaceWith(placeholder()), { once: true })
    return h("li", { part: "item" }, image, details)
  }

  #renderActions(item: WishlistItem, index: number, title: string): HTMLElement {
    const hint = !this.getAttribute("cart-id")
      ? this.text("wishlist.noCart")
      : item.availability !== "in_stock"
        ? this.text("wishlist.unavailable")
        : ""
    const hintId = `hint-${index}`
    const busy = this.#busy
    return h(
      "div",
      { class: "row actions", part: "actions" },
      h(
        "button",
        {
          type: "button",
          part: "move",
          "data-act": "move",
          "data-id": item.id,
          "data-focus": `move:${item.id}`,
          "aria-label": `${this.text("wishlist.move")}: ${title}`,
          "aria-disabled": String(busy || hint !== ""),
          "aria-describedby": hint ? hintId : null,
        },
        this.text("wishlist.move")
      ),
      h(
        "button",
        {
          type: "button",
          part: "remove",
          "data-act": "remove",
          "data-id": item.id,
          "data-focus": `remove:${item.id}`,
          "aria-label": `${this.text("wishlist.remove")}: ${title}`,
          "aria-disabled": String(busy),
        },
        this.text("wishlist.remove")
      ),
      hint ? h("p", { part: "hint", id: hintId }, hint) : null
    )
  }
}

function titleOf(item: AnyItem): string {
  return item.product?.title || item.variant?.title || localize(wishlistTables, "wishlist.item")
}

declare global {
  interface HTMLElementTagNameMap {
    "tp-wishlist": TpWishlistElement
  }
}
