import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { verifyRecoveryToken } from "../../../../lib/recovery-token"
import { readReminderCart } from "../../../../lib/reminder-cart"
import { CART_RECOVERY_MODULE } from "../../../../modules/cart-recovery"
import type CartRecoveryModuleService from "../../../../modules/cart-recovery/service"
import { recordRecoveryClickWorkflow } from "../../../../workflows/record-recovery-click"

/**
 * The cart behind a reminder's link, on any device: the storefront makes it the shopper's cart again. Shows
 * what the cart holds, never its email or addresses. A cart that was already ordered is a 409 that says so.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const recovery = req.scope.resolve<CartRecoveryModuleService>(CART_RECOVERY_MODULE)
  const link = verifyRecoveryToken(recovery.settings.secret, req.params.token)
  const notFound = new MedusaError(MedusaError.Types.NOT_FOUND, "This cart link is not valid")
  if (!link) throw notFound
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const cart = await readReminderCart(query, link.cartId)
  if (!cart) throw notFound
  if (cart.completed_at) {
    // answered here: Medusa's error handler replaces a conflict's message with a generic one
    res.status(409).json({
      type: "conflict",
      code: "cart_completed",
      message: "This cart has already been ordered: there is nothing to restore",
    })
    return
  }
  await recordRecoveryClickWorkflow(req.scope).run({ input: { cart_id: cart.id } })
  const items = cart.items.map((item) => ({
    id: item.id,
    product_id: item.product_id,
    variant_id: item.variant_id,
    title: item.product_title ?? item.title,
    variant_title: item.variant_title,
    thumbnail: item.thumbnail,
    quantity: item.quantity,
    unit_price: item.unit_price,
  }))
  res.set("Cache-Control", "no-store").json({
    cart: {
      id: cart.id,
      region_id: cart.region_id,
      currency_code: cart.currency_code,
      items,
      item_total: items.reduce((sum, item) => sum + item.unit_price * item.quantity, 0),
    },
    reminder_step: link.step + 1,
  })
}
