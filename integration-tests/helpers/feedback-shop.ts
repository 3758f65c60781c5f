import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  cancelOrderFulfillmentWorkflow,
  cancelOrderWorkflow,
  capturePaymentWorkflow,
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
  refundPaymentWorkflow,
} from "@medusajs/medusa/core-flows"
import { createCartRecoveryShop } from "./cart-recovery-shop"
import { explain } from "./http"

type Api = Parameters<typeof createCartRecoveryShop>[1]

type OrderRecord = {
  id: string
  items: { id: string; quantity: number }[]
  fulfillments: { id: string }[]
  payment_collections: { payments: { id: string; amount: number }[] }[]
}

/**
 * A shop for the feedback flow: real orders placed through the store API (system payment), fulfilled, shipped,
 * canceled or refunded through Medusa's own workflows, and their clocks moved back as if days had passed.
 */
export async function createFeedbackShop(container: MedusaContainer, api: Api) {
  const shop = await createCartRecoveryShop(container, api)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const readOrder = async (orderId: string): Promise<OrderRecord> => {
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "items.*", "fulfillments.id", "payment_collections.payments.*"],
      filters: { id: orderId },
    })
    return data[0] as unknown as OrderRecord
  }

  /** An order for `email` (tea x2 by default), after the shopper opted in to feedback emails unless `consent` is false. */
  const placeOrder = async (input: {
    email: string
    consent?: boolean
    items?: { variant: "tea" | "cup"; quantity: number }[]
    customerToken?: string
  }) => {
    const headers = input.customerToken
      ? { headers: { ...shop.headers.headers, authorization: `Bearer ${input.customerToken}` } }
      : shop.headers
    const { data } = await api
      .post("/store/carts", { region_id: shop.catalog.regionId, email: input.email }, headers)
      .catch(explain)
    for (const item of input.items ?? [{ variant: "tea", quantity: 2 }]) {
      await api
        .post(
          `/store/carts/${data.cart.id}/line-items`,
          { variant_id: shop.catalog.variants[item.variant], quantity: item.quantity },
          headers
        )
        .catch(explain)
    }
    if (input.consent !== false) {
      await api
        .post("/store/touchpoints/email-consent", { cart_id: data.cart.id, granted: true, flow: "feedback" }, headers)
        .catch(explain)
    }
    const order = await shop.completeCart(data.cart.id)
    return order.id
  }

  /** Fulfills every item of an order and, unless `ship` is false, ships it; answers the fulfillment id. */
  const fulfill = async (orderId: string, options: { ship?: boolean } = {}) => {
    const order = await readOrder(orderId)
    const items = order.items.map((item) => ({ id: item.id, quantity: Number(item.quantity) }))
    const { result: fulfillment } = await createOrderFulfillmentWorkflow(container).run({
      input: { order_id: orderId, items },
    })
    if (options.ship !== false) await ship(orderId, fulfillment.id)
    return fulfillment.id
  }

  /** Ships a fulfillment of an order (all its items). */
  const ship = async (orderId: string, fulfillmentId: string) => {
    const items = (await readOrder(orderId)).items.map((item) => ({ id: item.id, quantity: Number(item.quantity) }))
    await createOrderShipmentWorkflow(container).run({
      input: { order_id: orderId, fulfillment_id: fulfillmentId, items },
    })
  }

  /** Moves an order's fulfillment and shipment `days` into the past. */
  const daysSinceShipping = async (orderId: string, days: number) => {
    const at = new Date(Date.now() - days * 86_400_000)
    await shop.pg.raw(
      `UPDATE fulfillment SET created_at = ?, shipped_at = CASE WHEN shipped_at IS NULL THEN NULL ELSE ?::timestamptz END
       WHERE id IN (SELECT fulfillment_id FROM order_fulfillment WHERE order_id = ?)`,
      [at, at, orderId]
    )
  }

  /** Cancels an order the way an owner must: its fulfillments first. */
  const cancel = async (orderId: string) => {
    for (const fulfillment of (await readOrder(orderId)).fulfillments) {
      await cancelOrderFulfillmentWorkflow(container).run({
        input: { order_id: orderId, fulfillment_id: fulfillment.id },
      })
    }
    await cancelOrderWorkflow(container).run({ input: { order_id: orderId } })
  }

  /** Captures the order's payment and refunds part of it. */
  const refund = async (orderId: string, amount = 5) => {
    const payment = (await readOrder(orderId)).payment_collections[0].payments[0]
    await capturePaymentWorkflow(container).run({ input: { payment_id: payment.id } })
    await refundPaymentWorkflow(container).run({ input: { payment_id: payment.id, amount } })
  }

  return { ...shop, placeOrder, fulfill, ship, daysSinceShipping, cancel, refund, readOrder }
}
