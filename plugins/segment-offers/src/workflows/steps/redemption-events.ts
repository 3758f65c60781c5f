import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { offersByCode, shopperSourcesOf } from "../../lib/shopper-sources"
import type { OfferEventInput } from "../../modules/segment-offers/lib/types"

/** What the order-placed workflow reads of an order (Medusa's query). */
export type PlacedOrder = {
  id: string
  total: number
  currency_code: string
  cart?: { id: string } | null
  items?: { adjustments?: { code?: string | null }[] | null }[] | null
}

/**
 * The redeemed events of an order: one per offer whose code the order used, attributed to the segment the
 * shopper applied it through (the cart's claim), else the offer's first segment, with the order total as its
 * revenue. Reads only: nothing to compensate.
 */
export const redemptionEventsStep = createStep(
  "touchpoints-segment-offers-redemption-events-step",
  async (order: PlacedOrder | undefined, { container }) => {
    if (!order) return new StepResponse([] as OfferEventInput[])
    const codes = [
      ...new Set((order.items ?? []).flatMap((item) => (item.adjustments ?? []).map((adjustment) => adjustment.code))),
    ].filter((code): code is string => !!code)
    const sources = shopperSourcesOf(container)
    const offers = await offersByCode(sources, codes)
    if (!offers.length) return new StepResponse([] as OfferEventInput[])
    const claim = order.cart ? await sources.offers.cartClaim(order.cart.id) : null
    const events: OfferEventInput[] = offers.map((offer) => ({
      offer_id: offer.id,
      segment_id: claim?.offer_id === offer.id ? claim.segment_id : (offer.segment_ids[0] ?? null),
      kind: "redeemed" as const,
      dedupe_key: order.id,
      cart_id: order.cart?.id ?? null,
      order_id: order.id,
      amount: Number(order.total),
      currency_code: order.currency_code,
    }))
    return new StepResponse(events)
  }
)
