import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addBundleToCartWorkflow } from "../../../../../workflows/add-bundle-to-cart"
import { customerIdOf } from "../../customer-of"
import type { PostCartBundleType } from "../../validators"

/** What the answer shows of the cart: enough to render totals and see the bundle discount. */
const CART_FIELDS = [
  "id",
  "currency_code",
  "region_id",
  "item_total",
  "subtotal",
  "discount_total",
  "tax_total",
  "total",
  "items.id",
  "items.product_id",
  "items.variant_id",
  "items.title",
  "items.quantity",
  "items.unit_price",
  "items.total",
  "items.discount_total",
  "items.adjustments.id",
  "items.adjustments.amount",
  "items.adjustments.code",
  "items.adjustments.promotion_id",
  "promotions.id",
  "promotions.code",
  "promotions.is_automatic",
]

/**
 * Adds every item of a product's bundle to the cart in one step; the bundle discount applies at once. A registered
 * customer's cart only for that customer logged in (anyone else: 404, as for an unknown cart).
 */
export async function POST(req: AuthenticatedMedusaRequest<PostCartBundleType>, res: MedusaResponse) {
  const { result } = await addBundleToCartWorkflow(req.scope).run({
    input: { cart_id: req.params.id, customer_id: customerIdOf(req), ...req.validatedBody },
  })
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: CART_FIELDS,
    filters: { id: req.params.id },
  })
  res.json({ cart: data[0], bundle: result.offer, promotion_id: result.promotion_id })
}
