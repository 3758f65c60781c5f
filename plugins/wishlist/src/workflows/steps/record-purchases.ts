import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WISHLIST_MODULE } from "../../modules/wishlist"
import type WishlistModuleService from "../../modules/wishlist/service"

export const recordWishlistPurchasesStepId = "touchpoints-wishlist-record-purchases-step"

type OrderRecord = {
  id: string
  customer_id: string | null
  created_at: string | Date
  items: { variant_id: string | null }[] | null
  cart?: { id: string } | null
}

/** Marks the saved items an order bought (for save -> purchase conversion); compensation unmarks them. */
export const recordWishlistPurchasesStep = createStep(
  recordWishlistPurchasesStepId,
  async (
    input: { order_id: string },
    { container }
  ): Promise<StepResponse<{ marked: number }, { orderId: string | null }>> => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "customer_id", "created_at", "items.variant_id", "cart.id"],
      filters: { id: input.order_id },
    })
    const order = data[0] as unknown as OrderRecord | undefined
    if (!order) return new StepResponse({ marked: 0 }, { orderId: null })
    const marked = await container.resolve<WishlistModuleService>(WISHLIST_MODULE).markPurchased({
      orderId: order.id,
      customerId: order.customer_id,
      cartId: order.cart?.id ?? null,
      variantIds: [...new Set((order.items ?? []).map((item) => item?.variant_id).filter((id): id is string => !!id))],
      placedAt: new Date(order.created_at),
    })
    return new StepResponse({ marked }, { orderId: marked ? order.id : null })
  },
  async (undo: { orderId: string | null } | undefined, { container }) => {
    const orderId = undo?.orderId
    if (orderId) await container.resolve<WishlistModuleService>(WISHLIST_MODULE).unmarkPurchased(orderId)
  }
)
