import type { PersonalDataSubject } from "@touchpoints/core/lib"
import { anyOf, either, type PersonalRows } from "@touchpoints/core/lib"

// Which segment-offers rows are a person's (see core's lib/personal-data-rows.ts). One exported object: Medusa
// registers every function exported from `repositories/` as a repository class.

/**
 * Segment memberships by customer; the offers a profile applied to a cart; offer events by cart, order, or by
 * the shopper their de-duplication key names (`<customer or visitor id>:<day>` for shown and clicked, the cart
 * id for applied, the order id for redeemed).
 */
function kinds(subject: PersonalDataSubject): PersonalRows[] {
  const shopperKeys = [
    ...subject.customer_ids,
    ...subject.visitor_ids,
    ...subject.profile_ids,
    ...subject.cart_ids,
    ...subject.order_ids,
  ]
  return [
    {
      kind: "offer_events",
      table: "tp_offer_event",
      where: either(
        anyOf("cart_id", subject.cart_ids),
        anyOf("order_id", subject.order_ids),
        anyOf("split_part(dedupe_key, ':', 1)", shopperKeys)
      ),
    },
    {
      kind: "offer_carts",
      table: "tp_offer_cart",
      where: either(anyOf("cart_id", subject.cart_ids), anyOf("profile_id", subject.profile_ids)),
    },
    { kind: "segment_members", table: "tp_offer_segment_member", where: anyOf("customer_id", subject.customer_ids) },
  ]
}

export const segmentOffersPersonalData = { kinds }
