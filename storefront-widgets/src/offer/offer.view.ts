import { formatMoney } from "../runtime/format.js"
import { localize } from "../runtime/i18n.js"
import { offerTables } from "../runtime/offer-strings.js"
import type { OfferDiscount, OfferView } from "../runtime/offer-types.js"

/** "10% off" or "€5.00 off" (empty for an offer without a promotion). */
export function discountText(discount: OfferDiscount | null): string {
  if (!discount) return ""
  return discount.type === "percentage"
    ? localize(offerTables, "offer.percentage", { value: discount.value })
    : localize(offerTables, "offer.fixed", { amount: formatMoney(discount.value, discount.currency_code ?? undefined) })
}

/**
 * Writes an offer's texts and image into the shadow tree's parts (text nodes only: the shop's texts never
 * become markup). Parts left without text are hidden by the styles (`:empty`).
 */
export function fillOffer(root: ShadowRoot, offer: OfferView): void {
  const text = (part: string, value: string | null) => {
    const node = root.querySelector(`[part~="${part}"]`)
    if (node) node.textContent = value ?? ""
  }
  text("eyebrow", localize(offerTables, "offer.eyebrow"))
  text("headline", offer.headline)
  text("text", offer.text)
  text("discount", discountText(offer.discount))
  text("reason", offer.reason)
  const image = root.querySelector<HTMLImageElement>('[part~="image"]')
  if (!image) return
  image.hidden = !offer.image_url
  if (offer.image_url) image.src = offer.image_url
  else image.removeAttribute("src")
}
