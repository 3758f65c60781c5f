import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VISITOR_MODULE } from "../../../modules/visitor"
import type VisitorModuleService from "../../../modules/visitor/service"

export const backfillCustomerOrdersStepId = "backfill-customer-orders"

const PAGE = 500

/**
 * Counts every existing, non-canceled customer order into the profiles, a page per transaction (orders placed before the
 * plugin was installed, or written in bulk without `order.placed`). Idempotent per order, so it is
 * safe to repeat and to run next to the subscriber; nothing to compensate: a repeat converges.
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
        fields: ["id", "customer_id", "currency_code", "total", "created_at", "status"],
        pagination: { skip, take: PAGE, order: { created_at: "ASC" } },
      })
      seen += data.length
      counted += await visitors.recordOrders(
        data.flatMap((order) =>
          order.customer_id && order.status !== "canceled"
            ? [
                {
                  orderId: order.id,
                  customerId: order.customer_id,
                  currencyCode: order.currency_code,
                  total: Number(order.total),
                  placedAt: new Date(order.created_at as string | Date),
                },
              ]
            : []
        )
      )
      if (data.length < PAGE || skip + PAGE >= (metadata?.count ?? 0)) {
        return new StepResponse({ seen, counted })
      }
    }
  }
)
