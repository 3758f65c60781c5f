import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type Query = Omit<RemoteQueryFunction, symbol>

export const productsOfChangeStepId = "touchpoints-core-products-of-change-step"

/** The events that can change what a shopper can buy, and how each leads to its products. */
export const BUYABLE_EVENTS = [
  "product.created",
  "product.updated",
  "product.deleted",
  "product-variant.created",
  "product-variant.updated",
  "product-variant.deleted",
  "inventory-level.created",
  "inventory-level.updated",
  "inventory-level.deleted",
  "order.placed",
  "order.canceled",
] as const

const ids = (rows: unknown[], pick: (row: Record<string, unknown>) => unknown[]): string[] =>
  rows.flatMap((row) => pick(row as Record<string, unknown>)).filter((id): id is string => typeof id === "string")

async function productsOf(query: Query, event: string, id: string): Promise<string[]> {
  if (event.startsWith("product.")) return [id]
  if (event.startsWith("product-variant.")) {
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["product_id"],
      filters: { id },
      withDeleted: true,
    })
    return ids(data, (variant) => [variant.product_id])
  }
  if (event.startsWith("inventory-level.")) {
    const { data: levels } = await query.graph({
      entity: "inventory_level",
      fields: ["inventory_item_id"],
      filters: { id },
      withDeleted: true,
    })
    const itemIds = ids(levels, (level) => [level.inventory_item_id])
    if (!itemIds.length) return []
    const { data: items } = await query.graph({
      entity: "inventory_item",
      fields: ["variants.product_id"],
      filters: { id: itemIds },
    })
    return ids(items, (item) => ((item.variants as { product_id?: string }[] | null) ?? []).map((v) => v?.product_id))
  }
  const { data } = await query.graph({ entity: "order", fields: ["items.product_id"], filters: { id } })
  return ids(data, (order) => ((order.items as { product_id?: string }[] | null) ?? []).map((i) => i?.product_id))
}

/** The products an event is about (a variant's, a stock level's, an order's lines'). Reads only. */
export const productsOfChangeStep = createStep(
  productsOfChangeStepId,
  async (input: { event: string; id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    return new StepResponse([...new Set(await productsOf(query, input.event, input.id))])
  }
)
