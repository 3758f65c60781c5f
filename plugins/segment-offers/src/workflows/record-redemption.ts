import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { recordOfferEventsStep } from "./steps/record-offer-events"
import { type PlacedOrder, redemptionEventsStep } from "./steps/redemption-events"

/**
 * An order that used an offer's code counts as that offer redeemed (once per order), attributed to the segment
 * the shopper applied it through, with the order total as its revenue.
 */
export const recordRedemptionWorkflow = createWorkflow(
  "touchpoints-segment-offers-record-redemption",
  (input: { order_id: string }) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ["id", "total", "currency_code", "cart.id", "items.adjustments.code"],
      filters: { id: input.order_id },
    }).config({ name: "touchpoints-segment-offers-read-placed-order-step" })
    const events = redemptionEventsStep(transform({ orders }, ({ orders }) => orders[0] as PlacedOrder | undefined))
    const recorded = when(
      "touchpoints-segment-offers-redeemed-any",
      { events },
      ({ events }) => events.length > 0
    ).then(() => recordOfferEventsStep(events))
    return new WorkflowResponse(transform({ recorded }, ({ recorded }) => recorded ?? 0))
  }
)
