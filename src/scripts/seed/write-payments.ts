import type { CreatePaymentCollectionDTO, IPaymentModuleService, PaymentCollectionDTO } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  PaymentCollectionStatus,
  PaymentSessionStatus,
} from "@medusajs/framework/utils"
import { chunk, minutesAfter, type SeedContext } from "./context"
import type { WrittenOrder } from "./write-orders"

const PROVIDER = "pp_system_default"

/**
 * The payment module generates bulk creators for its models (MedusaService) that its public interface does not
 * declare; the seed uses them to write thousands of settled payments without a provider round trip each.
 */
type BulkPaymentService = IPaymentModuleService & {
  createPaymentSessions(
    data: {
      payment_collection_id: string
      provider_id: string
      currency_code: string
      amount: number
      data: Record<string, unknown>
      status: PaymentSessionStatus
      authorized_at: Date
      created_at: Date
    }[]
  ): Promise<{ id: string }[]>
  createPayments(
    data: {
      payment_collection_id: string
      payment_session_id: string
      provider_id: string
      currency_code: string
      amount: number
      data: Record<string, unknown>
      captured_at: Date | null
      canceled_at: Date | null
      created_at: Date
    }[]
  ): Promise<{ id: string }[]>
  createCaptures(data: { payment_id: string; amount: number; created_at: Date }[]): Promise<{ id: string }[]>
}

/**
 * A payment collection per order with its session, payment and capture, all settled a minute after the order
 * was placed (canceled orders: voided, nothing captured); linked to the order and recorded as the order's
 * capture transaction, so Medusa shows them as captured. Returns the payment id per order id.
 */
export async function writePayments({ container }: SeedContext, orders: WrittenOrder[]) {
  const paymentService = container.resolve<BulkPaymentService>(Modules.PAYMENT)
  const orderService = container.resolve(Modules.ORDER)
  const link = container.resolve(ContainerRegistrationKeys.LINK)

  const collections: PaymentCollectionDTO[] = []
  for (const part of chunk(orders, 500)) {
    const input: (CreatePaymentCollectionDTO & Partial<PaymentCollectionDTO> & { created_at: Date })[] = part.map(
      (r) => ({
        currency_code: r.currency,
        amount: r.total,
        authorized_amount: r.plan.canceled ? 0 : r.total,
        captured_amount: r.plan.canceled ? 0 : r.total,
        status: r.plan.canceled ? PaymentCollectionStatus.CANCELED : PaymentCollectionStatus.COMPLETED,
        completed_at: r.plan.canceled ? undefined : minutesAfter(r.placedAt, 1),
        created_at: r.placedAt,
        updated_at: r.placedAt,
      })
    )
    collections.push(...(await paymentService.createPaymentCollections(input)))
  }
  const sessions = await paymentService.createPaymentSessions(
    orders.map((r, i) => ({
      payment_collection_id: collections[i].id,
      provider_id: PROVIDER,
      currency_code: r.currency,
      amount: r.total,
      data: {},
      status: r.plan.canceled ? PaymentSessionStatus.CANCELED : PaymentSessionStatus.AUTHORIZED,
      authorized_at: r.placedAt,
      created_at: r.placedAt,
    }))
  )
  const payments = await paymentService.createPayments(
    orders.map((r, i) => ({
      payment_collection_id: collections[i].id,
      payment_session_id: sessions[i].id,
      provider_id: PROVIDER,
      currency_code: r.currency,
      amount: r.total,
      data: {},
      captured_at: r.plan.canceled ? null : minutesAfter(r.placedAt, 1),
      canceled_at: r.plan.canceled ? minutesAfter(r.placedAt, r.plan.canceledAfter) : null,
      created_at: r.placedAt,
    }))
  )
  const paid = orders.map((r, i) => ({ row: r, payment: payments[i] })).filter((x) => !x.row.plan.canceled)
  const captures = await paymentService.createCaptures(
    paid.map((x) => ({ payment_id: x.payment.id, amount: x.row.total, created_at: minutesAfter(x.row.placedAt, 1) }))
  )
  await link.create(
    orders.map((r, i) => ({
      [Modules.ORDER]: { order_id: r.orderId },
      [Modules.PAYMENT]: { payment_collection_id: collections[i].id },
    }))
  )
  for (const part of chunk(
    paid.map((x, i) => ({ ...x, capture: captures[i] })),
    500
  )) {
    await orderService.addOrderTransactions(
      part.map((x) => ({
        order_id: x.row.orderId,
        amount: x.row.total,
        currency_code: x.row.currency,
        reference: "capture",
        reference_id: x.capture.id,
      }))
    )
  }
  return new Map(orders.map((o, i) => [o.orderId, payments[i].id]))
}
