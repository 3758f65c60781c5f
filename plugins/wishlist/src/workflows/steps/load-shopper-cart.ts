import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const loadShopperCartStepId = "touchpoints-wishlist-load-shopper-cart-step"

export type CartLine = {
  id: string
  variant_id: string
  product_id: string | null
  quantity: number
  metadata: Record<string, unknown> | null
  unit_price: number
  product_title: string | null
  variant_title: string | null
  product_handle: string | null
  variant_sku: string | null
  thumbnail: string | null
}

export type ShopperCart = {
  id: string
  region_id: string | null
  currency_code: string
  sales_channel_id: string | null
}

type CartRecord = ShopperCart & {
  completed_at: string | Date | null
  customer_id: string | null
  customer?: { has_account: boolean } | null
  items: (Omit<CartLine, "variant_id"> & { variant_id: string | null })[] | null
}

const FIELDS = [
  "id",
  "region_id",
  "currency_code",
  "sales_channel_id",
  "completed_at",
  "customer_id",
  "customer.has_account",
  "items.id",
  "items.variant_id",
  "items.product_id",
  "items.quantity",
  "items.metadata",
  "items.unit_price",
  "items.product_title",
  "items.variant_title",
  "items.product_handle",
  "items.variant_sku",
  "items.thumbnail",
]

/**
 * Reads a cart the shopper may change (and one of its lines). A cart that belongs to a registered customer
 * is only the shopper's when they are that customer logged in; anyone else gets the same 404 as for an
 * unknown cart. A guest cart is reachable by whoever holds its id, as in Medusa's own cart routes.
 * A completed cart is a 409.
 */
export const loadShopperCartStep = createStep(
  loadShopperCartStepId,
  async (
    input: { cart_id: string; customer_id: string | null; line_id?: string },
    { container }
  ): Promise<StepResponse<{ cart: ShopperCart; line: CartLine | null }>> => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "cart", fields: FIELDS, filters: { id: input.cart_id } })
    const cart = data[0] as unknown as CartRecord | undefined
    const foreign = cart?.customer_id && cart.customer?.has_account && cart.customer_id !== input.customer_id
    if (!cart || foreign) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${input.cart_id} was not found`)
    }
    if (cart.completed_at) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `Cart ${input.cart_id} is already completed`)
    }
    const shopperCart: ShopperCart = {
      id: cart.id,
      region_id: cart.region_id,
      currency_code: cart.currency_code,
      sales_channel_id: cart.sales_channel_id,
    }
    if (!input.line_id) {
      return new StepResponse({ cart: shopperCart, line: null })
    }
    const line = (cart.items ?? []).find((item) => item?.id === input.line_id)
    if (!line) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Line item ${input.line_id} is not in cart ${input.cart_id}`)
    }
    if (!line.variant_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only lines of a product variant can be saved for later")
    }
    return new StepResponse({ cart: shopperCart, line: { ...line, unit_price: Number(line.unit_price) } as CartLine })
  }
)
