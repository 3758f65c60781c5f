import { h } from "../runtime/dom.js"
import { emit } from "../runtime/events.js"
import { formatMoney } from "../runtime/format.js"
import { type RecommendationStringKey, recommendationTables } from "../runtime/recommendation-strings.js"
import type { NextSteps, NextStepsGroup } from "../runtime/recommendation-types.js"
import { fetchNextSteps, trackImpressionWhenVisible, trackRecommendationClick } from "../runtime/recommendations.js"
import { TouchpointsElement } from "../runtime/touchpoints-element.js"
import { nextStepsStyles } from "./next-steps.styles.js"

const GROUPS = 3
const TEMPLATE = `
<style>${nextStepsStyles}</style>
<nav part="nav">
  <p part="notice"></p>
  <div part="groups" aria-busy="true"></div>
  <span part="error" role="alert"></span>
</nav>`

/**
 * Three titled rows of links that keep a product page from being a dead end (similar products, the brand's
 * popular products, "you might like these"), from `GET /store/products/:id/next-steps` (`product-id`) or, for a
 * page found by its handle (also of a discontinued, deleted or unknown product), `GET /store/next-steps?handle=`
 * with a message for the shopper ("no longer available", "replaced by", "could not find"). Skeleton rows keep
 * the space while loading (no layout shift). Arrow keys move between the cards of a row. Each row sends a
 * `recommendation_impression` (placement `next_steps`) once half visible; each followed link a
 * `recommendation_click`.
 *
 * @tag tp-next-steps
 * @attr product-id - the product page's product
 * @attr handle - the handle the page was asked for (when the product may be gone or unknown)
 * @attr region-id - prices in this region
 * @attr limit - links per row (1-24; default: the shop's setting)
 * @attr product-url-template - link of a card, e.g. "/products/{handle}" (default "/products/{handle}")
 *
 * @event tp-next-steps-load - `{ status, redirect, groups }` after rendering (`status`: the HTTP status the page
 *   should have when loaded by handle: 200, 301, 410 or 404)
 * @event tp-recommendation-click - `{ placement: "next_steps", product_id }` when a card is followed
 * @event tp-error - `{ error }` when loading failed (also shown, with a retry)
 *
 * @csspart nav - the navigation landmark
 * @csspart notice - the message for a gone or unknown product
 * @csspart groups - the rows
 * @csspart group - one row
 * @csspart heading - its title
 * @csspart card - a link
 * @csspart image - a card's image
 * @csspart title - a card's title
 * @csspart price - a card's price
 * @csspart error
 * @csspart retry
 *
 * @cssstate loading - waiting for the API
 * @cssstate gone - the product is no longer sold (410/301)
 * @cssstate unknown - 404
 *
 * @cssproperty --tp-next-steps-fg
 * @cssproperty --tp-next-steps-muted
 * @cssproperty --tp-next-steps-border-color
 * @cssproperty --tp-next-steps-card-bg
 * @cssproperty --tp-next-steps-image-bg
 * @cssproperty --tp-next-steps-card-width - default 9.5rem
 * @cssproperty --tp-next-steps-gap
 * @cssproperty --tp-next-steps-row-gap
 * @cssproperty --tp-next-steps-row-height - reserved while loading
 * @cssproperty --tp-next-steps-skeleton-height
 * @cssproperty --tp-next-steps-heading-size
 * @cssproperty --tp-accent - shared theme
 * @cssproperty --tp-radius - shared theme
 * @cssproperty --tp-focus-ring - shared theme
 * @cssproperty --tp-font-family - shared theme
 * @cssproperty --tp-error-color - shared theme
 */
export class TpNextStepsElement extends TouchpointsElement<RecommendationStringKey> {
  static readonly tag = "tp-next-steps"

  static readonly observedAttributes: readonly string[] = ["product-id", "handle", "region-id", "limit"]

  protected readonly template = TEMPLATE
  protected override readonly strings = recommendationTables

  protected override setup(): void {
    this.shadowPart("nav")?.setAttribute("aria-label", this.text("nextSteps.label"))
    this.shadowPart("groups")?.addEventListener("keydown", this.#onKey)
  }

  protected override sync(): void {
    void this.refresh()
  }

  /** Loads and renders the groups again. Resolves when done; never rejects. */
  async refresh(): Promise<void> {
    const productId = this.getAttribute("product-id")
    const handle = this.getAttribute("handle")
    if (!productId && !handle) return
    const current = this.beginLoad()
    this.unwatch()
    this.#skeleton()
    const limit = Number(this.getAttribute("limit"))
    try {
      const answer = await fetchNextSteps(
        {
          productId,
          handle,
          regionId: this.getAttribute("region-id"),
          limit: Number.isInteger(limit) && limit >= 1 && limit <= 24 ? limit : undefined,
        },
        this
      )
      if (current()) this.#render(answer)
    } catch (error) {
      if (current()) this.#failed((error as Error).message)
    }
  }

  #skeleton(): void {
    const groups = this.shadowPart("groups")
    if (!groups) return
    groups.setAttribute("aria-busy", "true")
    const rows = Array.from({ length: GROUPS }, () => {
      const list = h("ul", { class: "skeleton", "aria-hidden": "true" })
      for (let index = 0; index < 4; index += 1) list.append(h("li"))
      return h("section", { part: "group" }, list)
    })
    groups.replaceChildren(h("span", { class: "sr" }, this.text("recommendations.loading")), ...rows)
    this.shadowPart("error")?.replaceChildren()
    this.state("loading", true)
  }

  #failed(message: string): void {
    const groups = this.shadowPart("groups")
    groups?.setAttribute("aria-busy", "false")
    const retry = h("button", { part: "retry", type: "button" }, this.text("recommendations.retry"))
    retry.addEventListener("click", () => void this.refresh())
    groups?.replaceChildren(retry)
    const error = this.shadowPart("error")
    if (error) error.textContent = this.text("recommendations.error", { message })
    this.state("loading", false)
  }

  #render(answer: NextSteps): void {
    const groups = this.shadowPart("groups")
    const notice = this.shadowPart("notice")
    if (!groups || !notice) return
    const status = answer.status ?? 200
    groups.setAttribute("aria-busy", "false")
    this.state("loading", false)
    this.state("gone", status === 410 || status === 301)
    this.state("unknown", status === 404)
    notice.replaceChildren(...this.#notice(answer))
    groups.replaceChildren(...answer.groups.map((group, index) => this.#group(group, index)))
    this.shadowPart("nav")?.setAttribute("aria-label", this.text("nextSteps.label"))
    emit("tp-next-steps-load", { status, redirect: answer.redirect ?? null, groups: answer.groups }, this)
  }

  #notice(answer: NextSteps): (Node | string)[] {
    const status = answer.status ?? 200
    if (status === 301 && answer.redirect) {
      return [
        `${this.text("nextSteps.replaced", { title: answer.product.title })} `,
        h("a", { href: this.#href(answer.redirect.handle) }, answer.redirect.title),
        ".",
      ]
    }
    if (status === 410) return [this.text("nextSteps.gone", { title: answer.product.title })]
    if (status === 404) return [this.text("nextSteps.unknown")]
    return answer.product.sold_out && answer.product.status === "published" ? [this.text("nextSteps.soldOut")] : []
  }

  #href(handle: string): string {
    const template = this.getAttribute("product-url-template") || "/products/{handle}"
    return template.replaceAll("{handle}", encodeURIComponent(handle))
  }

  #group(group: NextStepsGroup, index: number): HTMLElement {
    const id = `group-${index}`
    const section = h(
      "section",
      { part: "group", "aria-labelledby": id, "data-group": group.key, hidden: group.items.length === 0 },
      h("h2", { part: "heading", id }, group.title),
      h(
        "ul",
        {},
        ...group.items.map((link) => {
          const price = link.product.price
          const anchor = h(
            "a",
            { part: "card", href: this.#href(link.product.handle), "data-product-id": link.product_id },
            link.product.thumbnail
              ? h("img", { part: "image", src: link.product.thumbnail, alt: "", loading: "lazy" })
              : h("span", { part: "image", class: "placeholder" }),
            h("span", { part: "title", class: "title" }, link.product.title),
            price ? h("span", { part: "price", class: "price" }, formatMoney(price.amount, price.currency_code)) : null
          )
          anchor.addEventListener("click", () => this.#clicked(link.product_id))
          return h("li", {}, anchor)
        })
      )
    )
    if (group.items.length) {
      this.watch(
        trackImpressionWhenVisible(section, {
          placement: "next_steps",
          anchorProductId: this.getAttribute("product-id"),
          productIds: group.items.map((link) => link.product_id),
        })
      )
    }
    return section
  }

  #clicked(productId: string): void {
    trackRecommendationClick({ placement: "next_steps", anchorProductId: this.getAttribute("product-id"), productId })
    emit("tp-recommendation-click", { placement: "next_steps", product_id: productId }, this)
  }

  /** Left/right arrows (and Home/End) move between the cards of a row. */
  #onKey = (event: KeyboardEvent): void => {
    const current = this.root?.activeElement
    if (!(current instanceof HTMLAnchorElement) || !["ArrowLeft", "ArrowRight", "Home", "End"].includes(event.key))
      return
    const cards = [...(current.closest("ul")?.querySelectorAll<HTMLAnchorElement>("a[part~='card']") ?? [])]
    const at = cards.indexOf(current)
    const next =
      event.key === "Home"
        ? cards[0]
        : event.key === "End"
          ? cards[cards.length - 1]
          : cards[at + (event.key === "ArrowRight" ? 1 : -1)]
    if (!next) return
    event.preventDefault()
    next.focus()
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "tp-next-steps": TpNextStepsElement
  }
}
