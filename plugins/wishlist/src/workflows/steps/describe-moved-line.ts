import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ItemRow } from "../../modules/wishlist/lib/types"

export const describeMovedLineStepId = "touchpoints-wishlist-describe-moved-line-step"

type Price = { amount: number; currency_code: string }

/** Where a moved item landed in the cart, and whether its price changed since it was saved. */
export type MovedLine = {
  line_item_id: string | null
  price_changed: boolean
  saved_price: Price | null
  current_price: Price | null
}

type CartLineRecord = {
  id: string
  variant_id: string | null
  unit_price: number
  metadata: Record<string, unknown> | null
}
type CartRecord = { currency_code: string; items: CartLineRecord[] | null }

/** The cart's line that now holds the item: same variant and (when the item had some) the same metadata. */
function lineOf(lines: CartLineRecord[], variantId: string, metadata: Record<string, unknown> | null) {
  const wanted = JSON.stringify(metadata ?? {})
  const sameVariant = lines.filter((line) => line?.variant_id === variantId)
  return sameVariant.find((line) => JSON.stringify(line.metadata ?? {}) === wanted) ?? sameVariant[0]
}

/**
 * Finds the cart line a moved item became and compares its unit price with the price the item was saved at
 * (a different currency counts as a change). Reads only: no compensation.
 */
export const describeMovedLineStep = createStep(
  describeMovedLineStepId,
  async (
    input: { cart_id: string; item: Pick<ItemRow, "variant_id" | "line_metadata" | "saved_price"> },
    { container }
  ) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "cart",
      fields: ["currency_code", "items.id", "items.variant_id", "items.unit_price", "items.metadata"],
      filters: { id: input.cart_id },
    })
    const cart = data[0] as unknown as CartRecord
    const { item } = input
    const line = lineOf(cart.items ?? [], item.variant_id, item.line_metadata)
    const current = line ? { amount: Number(line.unit_price), currency_code: cart.currency_code } : null
    const saved = item.saved_price
      ? { amount: Number(item.saved_price.amount), currency_code: item.saved_price.currency_code }
      : null
    const moved: MovedLine = {
      line_item_id: line?.id ?? null,
      price_changed: Boolean(
        saved && current && (saved.currency_code !== current.currency_code || saved.amount !== current.amount)
      ),
      saved_price: saved,
      current_price: current,
    }
    return new StepResponse(moved)
  }
)
