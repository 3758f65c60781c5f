import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The cart as the widgets redraw it after a move: lines with adjustments and the totals. */
const CART_FIELDS = ["*", "items.*", "items.adjustments.*", "total", "subtotal", "item_total", "discount_total"]

export type CartLineView = {
  id: string
  variant_id: string | null
  unit_price: number
  metadata: Record<string, unknown> | null
}
export type CartView = { id: string; currency_code: string; items?: CartLineView[] | null } & Record<string, unknown>

export async function readCart(req: MedusaRequest, cartId: string): Promise<CartView> {
  const { data } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "cart", fields: CART_FIELDS, filters: { id: cartId } })
  return data[0] as CartView
}
