import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { TestEventUtils } from "@medusajs/test-utils"

/** Creates an order for a customer in the order module (no cart flow needed for profile stats). */
export async function createCustomerOrder(
  container: MedusaContainer,
  input: { customerId: string; email: string; currency: string; unitPrice: number; quantity?: number }
): Promise<string> {
  const orders = container.resolve(Modules.ORDER)
  const [order] = await orders.createOrders([
    {
      customer_id: input.customerId,
      email: input.email,
      currency_code: input.currency,
      items: [{ title: "Tea", quantity: input.quantity ?? 1, unit_price: input.unitPrice }],
    },
  ])
  return order.id
}

/** Emits a Medusa event for real and waits until every subscriber ran. */
export async function emitAndWait(container: MedusaContainer, name: string, data: Record<string, unknown>) {
  const eventBus = container.resolve(Modules.EVENT_BUS)
  const done = TestEventUtils.waitSubscribersExecution(name, eventBus)
  await eventBus.emit({ name, data })
  await done
}
