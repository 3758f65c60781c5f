import { completeCartWorkflow, updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { runCartChecks } from "../../lib/cart-checks"

type PromotionHookInput = {
  promo_codes?: string[]
  action?: string
}
type Coded = { code?: string | null } | null
type HookCart = {
  id: string
  promotions?: Coded[] | null
  items?: ({ adjustments?: Coded[] | null } | null)[] | null
  shipping_methods?: ({ adjustments?: Coded[] | null } | null)[] | null
}

/** The promotion codes on a cart: its promotions, and the codes of its item and shipping adjustments. */
const codesOf = (cart: HookCart) => {
  const adjustments = [...(cart.items ?? []), ...(cart.shipping_methods ?? [])].flatMap(
    (line) => line?.adjustments ?? []
  )
  const codes = [...(cart.promotions ?? []), ...adjustments].map((coded) => coded?.code)
  return [...new Set(codes.filter((code): code is string => Boolean(code)))]
}

/**
 * A promotion update: only codes new to the cart are checked. Medusa re-applies the cart's codes (action
 * "replace") whenever its items change; checking those again would break add-to-cart for a shopper whose
 * situation changed since, so that is left to checkout.
 */
updateCartPromotionsWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const { promo_codes = [], action = "add" } = input as PromotionHookInput
  if (action === "remove" || !promo_codes.length) {
    return
  }
  const current = new Set(codesOf(cart as HookCart))
  const added = promo_codes.filter((code) => !current.has(code))
  await runCartChecks({ container, cart_id: (cart as HookCart).id, codes: added, stage: "apply" })
})

/** Checkout: every code still on the cart is checked once more (Medusa's checkout cart carries them on adjustments). */
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const completing = cart as HookCart
  await runCartChecks({ container, cart_id: completing.id, codes: codesOf(completing), stage: "complete" })
})
