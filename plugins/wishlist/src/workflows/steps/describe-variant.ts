import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadVariantFacts } from "../../lib/variant-facts"
import type { NewItem } from "../../modules/wishlist/lib/types"

export const describeVariantStepId = "touchpoints-wishlist-describe-variant-step"

export type DescribeVariantInput = {
  variant_id: string
  quantity: number
  note?: string | null
  metadata?: Record<string, unknown> | null
  region_id?: string | null
  sales_channel_id?: string | null
}

/**
 * Turns a variant the shopper can see into a new item: titles, thumbnail and the price in the shopper's
 * region at this moment. A variant that does not exist, is unpublished or not sold in the publishable
 * key's sales channel is a 404 (the storefront could not have shown it).
 */
export const describeVariantStep = createStep(
  describeVariantStepId,
  async (input: DescribeVariantInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const facts = (
      await loadVariantFacts(query, [input.variant_id], {
        region_id: input.region_id,
        sales_channel_id: input.sales_channel_id,
      })
    ).get(input.variant_id)
    if (!facts || facts.availability === "discontinued") {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${input.variant_id} was not found`)
    }
    const item: NewItem = {
      variant_id: facts.id,
      product_id: facts.product?.id ?? null,
      quantity: input.quantity,
      note: input.note ?? null,
      line_metadata: input.metadata ?? null,
      saved_price: facts.price ? { ...facts.price, region_id: input.region_id ?? null } : null,
      product_title: facts.product?.title ?? null,
      variant_title: facts.title,
      product_handle: facts.product?.handle ?? null,
      variant_sku: facts.sku,
      thumbnail: facts.product?.thumbnail ?? null,
      source: "manual",
      watch: {
        amount: facts.price?.amount ?? null,
        currency_code: facts.price?.currency_code ?? null,
        in_stock: facts.availability === "in_stock",
      },
    }
    return new StepResponse(item)
  }
)
