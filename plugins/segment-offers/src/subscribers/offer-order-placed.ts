import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SEGMENT_OFFERS_MODULE } from "../modules/segment-offers"
import type SegmentOffersModuleService from "../modules/segment-offers/service"
import { recordOfferEventsWorkflow } from "../workflows/record-offer-events"

/**
 * An order that used an offer's code counts as that offer redeemed (once per order), attributed to the segment
 * the shopper applied it through, with the order total as its revenue.
 */
export default async function offerOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "total", "currency_code", "cart.id", "items.adjustments.code"],
    filters: { id: event.data.id },
  })
  const order = data[0] as
    | {
        id: string
        total: number
        currency_code: string
        cart?: { id: string } | null
        items?: { adjustments?: { code?: string | null }[] | null }[] | null
      }
    | undefined
  if (!order) return
  const codes = [
    ...new Set((order.items ?? []).flatMap((item) => (item.adjustments ?? []).map((adjustment) => adjustment.code))),
  ].filter((code): code is string => !!code)
  const service = container.resolve<SegmentOffersModuleService>(SEGMENT_OFFERS_MODULE)
  const offers = await service.offersByCode(codes)
  if (!offers.length) return
  const claim = order.cart ? await service.cartClaim(order.cart.id) : null
  await recordOfferEventsWorkflow(container).run({
    input: {
      events: offers.map((offer) => ({
        offer_id: offer.id,
        segment_id: claim?.offer_id === offer.id ? claim.segment_id : (offer.segment_ids[0] ?? null),
        kind: "redeemed" as const,
        dedupe_key: order.id,
        cart_id: order.cart?.id ?? null,
        order_id: order.id,
        amount: Number(order.total),
        currency_code: order.currency_code,
      })),
    },
  })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "tp-segment-offers-redeemed" },
}
