import { Button, Text } from "@medusajs/ui"
import type { OfferRecord } from "../lib/types"

/** What the preview needs: a saved offer, or the offer form while it is typed. */
export type PreviewedOffer = Pick<OfferRecord, "name" | "content"> & {
  promotion: { code: string; type: string; value: number | null; currency_code: string | null } | null
}

/** The offer's content roughly as a shopper's banner shows it: image, headline, text, discount and button. */
export function OfferPreview({ offer }: { offer: PreviewedOffer }) {
  const discount = offer.promotion
    ? offer.promotion.type === "percentage"
      ? `${offer.promotion.value} % off with code ${offer.promotion.code}`
      : `${offer.promotion.value} ${(offer.promotion.currency_code ?? "").toUpperCase()} off with code ${offer.promotion.code}`
    : "No promotion chosen yet"
  return (
    <section aria-label={`Preview of ${offer.name}`} className="flex items-center gap-x-4 rounded-lg border px-4 py-3">
      {offer.content.image_url && (
        <img src={offer.content.image_url} alt="" className="h-16 w-16 rounded object-cover" />
      )}
      <div className="flex flex-1 flex-col">
        <Text weight="plus">{offer.content.headline}</Text>
        {offer.content.text && <Text size="small">{offer.content.text}</Text>}
        <Text size="xsmall" className="text-ui-fg-subtle">
          {discount}
        </Text>
      </div>
      <Button size="small" type="button" tabIndex={-1}>
        {offer.content.cta_label ?? "Apply to cart"}
      </Button>
    </section>
  )
}
