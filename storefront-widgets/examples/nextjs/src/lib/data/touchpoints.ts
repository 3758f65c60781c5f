"use server"

import { revalidateMedusaCart } from "@touchpoints/widgets/next"
import { SECURE_COOKIES } from "./cookies"

/**
 * Called by the cart bridge after a widget changed the cart (`tp:cart-changed`): the cached cart is read again,
 * and a cart a widget made becomes the shopper's cart when they had none.
 */
export async function cartChanged({ cart_id, reason }: { cart_id: string; reason: string }): Promise<void> {
  // the adopted cart's cookie gets the same Secure flag as the shop's own cookies
  await revalidateMedusaCart({ cartId: cart_id, reason, secureCookie: SECURE_COOKIES })
}
