import type { IOrderModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { chunk, mapLimit, minutesAfter, type SeedContext, type StoreRefs } from "./context"
import type { CustomerPlan } from "./plan-customers"
import type { FulfillmentStage } from "./plan-orders"
import type { WrittenOrder } from "./write-orders"

/** The order module's generated bulk update of order item details (not declared by its public interface). */
type OrderServiceWithItemUpdate = IOrderModuleService & {
  updateOrderItems(input: {
    selector: { item_id: string[] }
    data: { fulfilled_quantity: number; shipped_quantity: number; delivered_quantity: number }
  }): Promise<unknown>
}

/** fulfillment stages in order: an order that reached one has passed the ones before */
const STAGES: readonly FulfillmentStage[] = ["packed", "shipped", "delivered"]

/**
 * A fulfillment per order that got that far (manual provider, from the warehouse), packed / shipped / delivered
 * at the planned times and linked to the order; then the items' fulfilled / shipped / delivered quantities,
 * which is what Medusa's fulfillment status reads. The fulfillment module creates one at a time: 6 in flight.
 */
export async function writeFulfillments(
  { container }: SeedContext,
  store: StoreRefs,
  customers: CustomerPlan[],
  orders: WrittenOrder[]
) {
  const orderService = container.resolve<OrderServiceWithItemUpdate>(Modules.ORDER)
  const fulfillmentService = container.resolve(Modules.FULFILLMENT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)

  const toFulfil = orders.filter((r) => !r.plan.canceled && r.plan.stage !== "none")
  const fulfillments = await mapLimit(toFulfil, 6, (r) => {
    const address = customers[r.plan.customer].address
    const reached = STAGES.indexOf(r.plan.stage)
    const at = (stage: FulfillmentStage, after: number) =>
      reached >= STAGES.indexOf(stage) ? minutesAfter(r.placedAt, after) : null
    return fulfillmentService.createFulfillment({
      location_id: store.locationId,
      provider_id: "manual_manual",
      shipping_option_id: store.shippingOptions[r.plan.region][r.plan.shipping].id,
      delivery_address: { ...address },
      items: r.items.map((item) => ({
        title: item.title,
        sku: item.sku,
        barcode: "",
        quantity: item.quantity,
        line_item_id: item.id,
        inventory_item_id: item.inventoryItemId,
      })),
      labels: [],
      data: {},
      packed_at: at("packed", r.plan.packedAfter),
      shipped_at: at("shipped", r.plan.shippedAfter),
      delivered_at: at("delivered", r.plan.deliveredAfter),
    })
  })
  await link.create(
    toFulfil.map((r, i) => ({
      [Modules.ORDER]: { order_id: r.orderId },
      [Modules.FULFILLMENT]: { fulfillment_id: fulfillments[i].id },
    }))
  )

  // item quantities, grouped so each (quantity, stage) pair is one update
  const groups = new Map<string, { quantity: number; stage: string; itemIds: string[] }>()
  for (const r of toFulfil) {
    for (const item of r.items) {
      const key = `${item.quantity}:${r.plan.stage}`
      const g = groups.get(key) ?? { quantity: item.quantity, stage: r.plan.stage, itemIds: [] }
      g.itemIds.push(item.id)
      groups.set(key, g)
    }
  }
  for (const g of groups.values()) {
    for (const ids of chunk(g.itemIds, 1000)) {
      await orderService.updateOrderItems({
        selector: { item_id: ids },
        data: {
          fulfilled_quantity: g.quantity,
          shipped_quantity: g.stage === "shipped" || g.stage === "delivered" ? g.quantity : 0,
          delivered_quantity: g.stage === "delivered" ? g.quantity : 0,
        },
      })
    }
  }
  return { fulfilled: toFulfil.length, delivered: toFulfil.filter((r) => r.plan.stage === "delivered").length }
}
