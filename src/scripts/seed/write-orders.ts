import type { CreateOrderDTO, IOrderModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { minutesAfter, minutesBefore, type SeedContext, type StoreRefs } from "./context"
import { VAT_RATES } from "./names"
import type { CatalogPlan } from "./plan-catalog"
import type { CustomerPlan } from "./plan-customers"
import type { OrderPlan } from "./plan-orders"
import type { CatalogRefs } from "./write-catalog"
import type { CustomerRefs } from "./write-customers"
import { SHIPPING } from "./write-store"

const ORDER_BATCH = 100

/**
 * The transactional half of the order module's `createOrders`, without the deep read-back of every created
 * order (items, tax lines, adjustments, shipping methods, transactions, totals) that `createOrders` does
 * afterwards: that read-back is three quarters of its time, and the seed reads back what it needs with a lean
 * query instead. (Not declared by the module's public interface, hence this type.)
 */
type OrderServiceWithBulkCreate = IOrderModuleService & {
  createOrders_(data: CreateOrderDTO[]): Promise<{ id: string }[]>
}

/** An order as written: what the payment, fulfillment and return phases need. */
export type WrittenOrder = {
  plan: OrderPlan
  orderId: string
  placedAt: Date
  total: number
  currency: "eur" | "usd"
  /** in the plan's line order */
  items: { id: string; quantity: number; sku: string; title: string; inventoryItemId: string; unitPrice: number }[]
}

export const round2 = (n: number) => Math.round(n * 100) / 100

/**
 * Writes the planned order history through the order module directly, not through workflows: a workflow per
 * order manages ~8 orders/s here (minutes for 3,000) and would emit order.placed for orders that are history.
 * Orders go in chronological batches (display ids follow the dates), back-dated, with items, VAT lines for
 * EUR, the shipping method and both addresses.
 */
export async function writeOrders(
  { container, now }: SeedContext,
  store: StoreRefs,
  catalog: CatalogPlan,
  refs: CatalogRefs,
  customers: CustomerPlan[],
  customerRefs: CustomerRefs,
  plans: OrderPlan[]
): Promise<WrittenOrder[]> {
  const orderService = container.resolve<OrderServiceWithBulkCreate>(Modules.ORDER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const pending: Omit<WrittenOrder, "orderId" | "items">[] = []
  const inputs: (CreateOrderDTO & { created_at: Date; updated_at: Date; canceled_at?: Date })[] = []
  for (const plan of plans) {
    const customer = customers[plan.customer]
    const region = store.regions[plan.region]
    const placedAt = minutesBefore(now, plan.ageMinutes)
    // EUR prices include VAT: the lines carry the country's VAT rate (US: no sales tax configured)
    const vat = plan.region === "eu" ? VAT_RATES[customer.address.country_code] : undefined
    const taxLines = vat
      ? [
          {
            code: `VAT-${customer.address.country_code.toUpperCase()}`,
            rate: vat,
            description: "VAT",
            provider_id: "tp_system",
          },
        ]
      : []
    const items = plan.lines.map((line) => {
      const product = catalog.byHandle.get(line.handle)
      const written = refs.get(line.handle)
      if (!product || !written) {
        throw new Error(`seed: order line for unknown product ${line.handle}`)
      }
      const variantPlan = product.variants[line.variant]
      const variant = written.variants[line.variant]
      return {
        title: product.title,
        subtitle: variantPlan.title,
        thumbnail: product.thumbnail,
        product_id: written.id,
        product_title: product.title,
        product_handle: product.handle,
        product_type: product.type,
        variant_id: variant.id,
        variant_sku: variant.sku,
        variant_title: variantPlan.title,
        variant_option_values: variantPlan.options,
        quantity: line.quantity,
        unit_price: plan.region === "eu" ? variantPlan.eur : variantPlan.usd,
        is_tax_inclusive: plan.region === "eu",
        tax_lines: taxLines,
        requires_shipping: true,
        is_discountable: true,
        created_at: placedAt,
        updated_at: placedAt,
      }
    })
    const subtotal = round2(items.reduce((s, i) => s + i.unit_price * i.quantity, 0))
    const prices = SHIPPING[plan.region]
    const shippingAmount =
      plan.shipping === "express" ? prices.express : subtotal >= prices.freeFrom ? 0 : prices.standard
    const option = store.shippingOptions[plan.region][plan.shipping]
    const canceledAt = plan.canceled ? minutesAfter(placedAt, plan.canceledAfter) : undefined
    const lastChange =
      canceledAt ?? (plan.stage === "delivered" ? minutesAfter(placedAt, plan.deliveredAfter) : placedAt)
    inputs.push({
      region_id: region.id,
      customer_id: customerRefs[plan.customer].id,
      sales_channel_id: store.salesChannelId,
      email: customer.email,
      currency_code: region.currency,
      status: plan.canceled ? "canceled" : plan.completed ? "completed" : "pending",
      canceled_at: canceledAt,
      created_at: placedAt,
      updated_at: lastChange,
      shipping_address: { ...customer.address },
      billing_address: { ...customer.address },
      items,
      shipping_methods: [
        {
          name: option.name,
          amount: shippingAmount,
          shipping_option_id: option.id,
          is_tax_inclusive: plan.region === "eu",
          tax_lines: taxLines,
          data: {},
        },
      ],
    })
    pending.push({ plan, placedAt, total: round2(subtotal + shippingAmount), currency: region.currency })
  }

  // orders, in chronological batches so display ids follow the dates
  const written: WrittenOrder[] = []
  for (let start = 0; start < inputs.length; start += ORDER_BATCH) {
    const batch = inputs.slice(start, start + ORDER_BATCH)
    const ids = (await orderService.createOrders_(batch)).map((o) => o.id)
    const { data: created } = await query.graph({
      entity: "order",
      fields: ["id", "display_id", "email", "created_at", "items.id", "items.title", "items.variant_sku"],
      filters: { id: ids },
    })
    created.sort((a, b) => Number(a.display_id) - Number(b.display_id))
    created.forEach((order, i) => {
      const row = pending[start + i]
      if (
        order.email !== batch[i].email ||
        new Date(order.created_at).getTime() !== batch[i].created_at.getTime() ||
        order.items?.length !== batch[i].items?.length
      ) {
        throw new Error(`seed: created orders came back out of order (display id ${order.display_id})`)
      }
      // items in plan line order (the module returns them in its own order); each plan line has its own variant
      const items: { id: string; title: string; variant_sku?: string | null }[] = order.items ?? []
      const bySku = new Map(items.map((item) => [item.variant_sku, item]))
      const orderItems = row.plan.lines.map((line) => {
        const variant = refs.get(line.handle)?.variants[line.variant]
        const item = variant && bySku.get(variant.sku)
        if (!variant || !item) {
          throw new Error(`seed: order ${order.display_id} lacks its ${line.handle} line`)
        }
        return {
          id: item.id,
          quantity: line.quantity,
          sku: variant.sku,
          title: item.title,
          inventoryItemId: variant.inventoryItemId,
          unitPrice: variant.unitPrice[row.currency],
        }
      })
      written.push({ ...row, orderId: order.id, items: orderItems })
    })
  }
  return written
}
