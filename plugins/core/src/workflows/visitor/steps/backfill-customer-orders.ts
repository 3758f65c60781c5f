import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VISITOR_MODULE } from "../../../modules/visitor"
import type VisitorModuleService from "../../../modules/visitor/service"
import { ORDER_TO_COUNT_FIELDS, type OrderRecord, orderToCount } from "../lib/order-to-count"

export const backfillCustomerOrdersStepId = "touchpoints-core-backfill-customer-orders-step"

const PAGE = 500

/**
 * Counts every existing, non-canceled order into the profiles, a page per transaction (orders placed before the
 * plugin was installed, or written in bulk without `order.placed`): a registered customer's into theirs, a guest's
 * into the profile of the visitor who used its cart when that was recorded before the order (else into the guest
 * customer record's, as `order.placed` does). Idempotent per order (an order already counted anywhere is
 * skipped), so it is safe to repeat and to run next to the subscriber; nothing to compensate: a repeat converges.
 */
export const backfillCustomerOrdersStep = createStep(
  backfillCustomerOrdersStepId,
  async (_input: object, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const visitors = container.resolve<VisitorModuleService>(VISITOR_MODULE)
    let counted = 0
    let seen = 0
    for (let skip = 0; ; skip += PAGE) {
      const { data, metadata } = await query.graph({
        entity: "order",
        fields: ORDER_TO_COUNT_FIELDS,
        pagination: { skip, take: PAGE, order: { created_at: "ASC" } },
      })
      seen += data.length
      counted += await visitors.recordOrders(
        data.flatMap((order) => {
          const toCount = orderToCount(order as OrderRecord)
          return toCount ? [toCount] : []
        })
      )
      if (data.length < PAGE || skip + PAGE >= (metadata?.count ?? 0)) {
        return new StepResponse({ seen, counted })
      }
    }
  }
)
