import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { bundleOffer } from "../../lib/bundle-offer"
import { CART_OWNER_FIELDS, isForeignCart } from "../../lib/cart-owner"
import { ALSO_BOUGHT_MODULE } from "../../modules/also-bought"
import type AlsoBoughtModuleService from "../../modules/also-bought/service"

export const resolveCartBundleStepId = "touchpoints-also-bought-resolve-cart-bundle-step"

export type ResolveCartBundleInput = {
  cart_id: string
  /** The logged-in customer adding the bundle (null for a guest): a registered customer's cart is theirs alone. */
  customer_id: string | null
  product_id: string
  /** Other variants than the bundle's defaults: at most one per bundle product. */
  variant_ids?: string[]
}

type CartRecord = {
  id: string
  region_id: string | null
  sales_channel_id: string | null
  completed_at: unknown
  customer_id: string | null
  customer?: { has_account?: boolean | null } | null
}

/**
 * The bundle a shopper adds: the product's bundle in the cart's region and sales channel, with the variants
 * chosen (each must be a variant of a different bundle product). Reads only.
 */
export const resolveCartBundleStep = createStep(
  resolveCartBundleStepId,
  async (input: ResolveCartBundleInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cart",
      fields: ["id", "region_id", "sales_channel_id", "completed_at", ...CART_OWNER_FIELDS],
      filters: { id: input.cart_id },
    })
    const cart = data[0] as unknown as CartRecord | undefined
    if (!cart || isForeignCart(cart, input.customer_id))
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${input.cart_id} was not found`)
    if (cart.completed_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Cart ${cart.id} is already completed`)
    if (!cart.region_id) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Cart ${cart.id} has no region`)
    const offer = await bundleOffer(query, container.resolve<AlsoBoughtModuleService>(ALSO_BOUGHT_MODULE), {
      product_id: input.product_id,
      region_id: cart.region_id,
      sales_channel_id: cart.sales_channel_id,
    })
    const chosen = new Map(offer.items.map((item) => [item.product_id, item.variant_id]))
    if (input.variant_ids?.length) {
      const { data: variants } = await query.graph({
        entity: "product_variant",
        fields: ["id", "product_id"],
        filters: { id: input.variant_ids },
      })
      const productOf = new Map((variants as { id: string; product_id: string }[]).map((v) => [v.id, v.product_id]))
      const overridden = new Set<string>()
      for (const variantId of input.variant_ids) {
        const productId = productOf.get(variantId)
        if (!productId || !chosen.has(productId)) {
          throw new MedusaError(MedusaError.Types.INVALID_DATA, `Variant ${variantId} is not a variant of this bundle`)
        }
        if (overridden.has(productId)) {
          throw new MedusaError(MedusaError.Types.INVALID_DATA, `Two variants given for product ${productId}`)
        }
        overridden.add(productId)
        chosen.set(productId, variantId)
      }
    }
    return new StepResponse({
      offer,
      items: offer.items.map((item) => ({ variant_id: chosen.get(item.product_id) as string, quantity: 1 })),
    })
  }
)
