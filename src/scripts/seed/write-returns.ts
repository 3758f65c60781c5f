import type { IOrderModuleService, IPaymentModuleService, UpdateReturnDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { mapLimit, minutesAfter, type SeedContext, type StoreRefs } from "./context"
import { RETURN_REASONS, type ReturnPlan } from "./plan-orders"
import { round2, type WrittenOrder } from "./write-orders"

/** The payment module's generated bulk update of refunds (not declared by its public interface). */
type PaymentServiceWithRefundUpdate = IPaymentModuleService & {
  updateRefunds(data: { id: string; created_at: Date; updated_at: Date }[]): Promise<unknown>
}

/**
 * The few planned returns, the way a shop records them: the order module's return request and receipt (order
 * changes, the item's returned quantity), a refund through the payment provider and the order's refund
 * transaction; then the dates are moved back to when it happened.
 */
export async function writeReturns(
  { container }: SeedContext,
  store: StoreRefs,
  orders: WrittenOrder[],
  paymentByOrder: Map<string, string>
) {
  const orderService = container.resolve<IOrderModuleService>(Modules.ORDER)
  const paymentService = container.resolve<PaymentServiceWithRefundUpdate>(Modules.PAYMENT)

  const returned = orders.filter((o): o is WrittenOrder & { plan: { returned: ReturnPlan } } => !!o.plan.returned)
  const reasons = await orderService.createReturnReasons(RETURN_REASONS.map((r) => ({ ...r })))
  const reasonId = new Map(reasons.map((r) => [r.value, r.id]))
  const done = await mapLimit(returned, 3, async (r) => {
    const plan = r.plan.returned
    const item = r.items[plan.line]
    const amount = round2(item.unitPrice * item.quantity)
    const ret = await orderService.createReturn({
      order_id: r.orderId,
      location_id: store.locationId,
      requested_at: minutesAfter(r.placedAt, plan.requestedAfter),
      no_notification: true,
      refund_amount: amount,
      items: [{ id: item.id, quantity: item.quantity, reason_id: reasonId.get(plan.reason) }],
    })
    await orderService.receiveReturn({ return_id: ret.id, items: [{ id: item.id, quantity: item.quantity }] })
    const paymentId = paymentByOrder.get(r.orderId)
    if (!paymentId) {
      throw new Error(`seed: no payment for returned order ${r.orderId}`)
    }
    const payment = await paymentService.refundPayment({ payment_id: paymentId, amount, note: "Returned item" })
    const refundId = payment.refunds?.[0]?.id
    if (!refundId) {
      throw new Error(`seed: the refund of order ${r.orderId} was not recorded`)
    }
    await orderService.addOrderTransactions({
      order_id: r.orderId,
      amount: -amount,
      currency_code: r.currency,
      reference: "refund",
      reference_id: refundId,
    })
    return {
      returnId: ret.id,
      refundId,
      requestedAt: minutesAfter(r.placedAt, plan.requestedAfter),
      receivedAt: minutesAfter(r.placedAt, plan.receivedAfter),
    }
  })
  if (done.length) {
    await orderService.updateReturns(
      done.map((d) => {
        const data: Partial<UpdateReturnDTO> & { received_at: Date; created_at: Date; updated_at: Date } = {
          requested_at: d.requestedAt,
          received_at: d.receivedAt,
          created_at: d.requestedAt,
          updated_at: d.receivedAt,
        }
        return { selector: { id: d.returnId }, data }
      })
    )
    await paymentService.updateRefunds(
      done.map((d) => ({ id: d.refundId, created_at: d.receivedAt, updated_at: d.receivedAt }))
    )
  }
  return { returned: done.length }
}
