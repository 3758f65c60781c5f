import type { IPromotionModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { registerCartCheck } from "@touchpoints/core/lib"
import { type CartShopper, incentiveBindingOf, knowsShopper, sameShopper } from "../../lib/incentive-binding"
import { CART_RECOVERY_MODULE } from "../../modules/cart-recovery"
import type CartRecoveryModuleService from "../../modules/cart-recovery/service"

/**
 * A reminder's incentive code works only until it expires and only for the reminded cart's shopper (its
 * customer or its email address), in whatever cart they check out. Checked when the code is added (a cart that
 * does not know its shopper yet is let through) and again at checkout, through core's cart check registry.
 */
registerCartCheck("cart-recovery-incentive", async ({ container, cart_id, codes, stage }) => {
  const promotions = await container
    .resolve<IPromotionModuleService>(Modules.PROMOTION)
    .listPromotions({ code: codes }, { select: ["id", "code", "metadata", "created_at"] })
  const { incentiveLifetimeDays } = container.resolve<CartRecoveryModuleService>(CART_RECOVERY_MODULE).settings
  const bindings = promotions.flatMap((promotion) => incentiveBindingOf(promotion, incentiveLifetimeDays) ?? [])
  if (!bindings.length) return
  const expired = bindings.find((binding) => binding.expiresAt.getTime() <= Date.now())
  if (expired) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Code ${expired.code} expired on ${expired.expiresAt.toISOString().slice(0, 10)}`
    )
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "email", "customer_id"],
    filters: { id: [cart_id, ...bindings.map((binding) => binding.cartId)] },
  })
  const carts = new Map((data as unknown as (CartShopper & { id: string })[]).map((cart) => [cart.id, cart]))
  const cart = carts.get(cart_id) ?? { email: null, customer_id: null }
  if (stage === "apply" && !knowsShopper(cart)) return
  const foreign = bindings.find((binding) => {
    const reminded = carts.get(binding.cartId)
    return !reminded || !sameShopper(reminded, cart)
  })
  if (foreign) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Code ${foreign.code} was sent to another shopper: it works only with the email address it was sent to`
    )
  }
})
