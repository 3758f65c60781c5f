import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { availableItemsOf, readReminderCart } from "../../lib/reminder-cart"

export const loadRecoverySourceStepId = "touchpoints-cart-recovery-load-source-step"

/** What a recovery link brings back: the reminded cart's lines the shopper can still buy, and where it sold. */
export type RecoverySource = {
  region_id: string | null
  sales_channel_id: string | null
  items: { variant_id: string; quantity: number }[]
}

/**
 * Reads the reminded cart behind a link: its lines that can still be bought (as the reminder showed them).
 * A cart that was ordered or has nothing left to buy is refused; nothing of it is changed.
 */
export const loadRecoverySourceStep = createStep(
  loadRecoverySourceStepId,
  async (input: { reminded_cart_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const cart = await readReminderCart(query, input.reminded_cart_id)
    if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This cart link is not valid")
    if (cart.completed_at) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "This cart has already been ordered: there is nothing to restore"
      )
    }
    const available = (await availableItemsOf(query, [cart])).get(cart.id) ?? []
    const items = available.flatMap((item) =>
      item.variant_id ? [{ variant_id: item.variant_id, quantity: item.quantity }] : []
    )
    if (!items.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Nothing in this cart can be bought any more")
    }
    return new StepResponse<RecoverySource>({
      region_id: cart.region_id,
      sales_channel_id: cart.sales_channel_id,
      items,
    })
  }
)
