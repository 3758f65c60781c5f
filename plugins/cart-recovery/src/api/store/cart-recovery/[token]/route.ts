import type { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recoveredCartView } from "../../../../lib/recovered-cart-view"
import { openRecoveryLink } from "../../../../lib/recovery-link"
import { availableItemsOf, type ReminderItem } from "../../../../lib/reminder-cart"
import { restoreRecoveredCartWorkflow } from "../../../../workflows/restore-cart"
import type { GetCartRecoveryType, PostCartRecoveryType } from "../validators"

/** A line to restore as the link's page shows it (no line, cart or customer ids). */
const itemView = (item: ReminderItem) => ({
  product_id: item.product_id,
  variant_id: item.variant_id,
  title: item.product_title ?? item.title,
  variant_title: item.variant_title,
  thumbnail: item.thumbnail,
  quantity: item.quantity,
  unit_price: item.unit_price,
})

/**
 * What a reminder's link would restore: the lines that can still be bought, their total and until when the link
 * works. Never the cart's id, email or addresses (whoever holds a link must not get the cart), and it changes
 * nothing (mail scanners fetch links): the storefront restores with a POST. `is_your_cart` says whether the
 * shopper's `cart_id` already is the reminded cart (the same device: nothing to ask); it tells the caller nothing
 * about a cart id they do not already hold.
 */
export async function GET(req: MedusaRequest<unknown, GetCartRecoveryType>, res: MedusaResponse) {
  const link = await openRecoveryLink(req, res)
  if (!link) return
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const items = ((await availableItemsOf(query, [link.cart])).get(link.cart.id) ?? []).map(itemView)
  res.set("Cache-Control", "no-store").json({
    recovery: {
      region_id: link.cart.region_id,
      currency_code: link.cart.currency_code,
      items,
      item_total: items.reduce((sum, item) => sum + item.unit_price * item.quantity, 0),
      reminder_step: link.step + 1,
      expires_at: link.expiresAt.toISOString(),
      is_your_cart: req.validatedQuery.cart_id === link.cart.id,
    },
  })
}

/**
 * Restores a reminder's lines into the shopper's own cart (`cart_id`, e.g. after the storefront asked "add these
 * items to your cart?"), or into a new cart made for the shopper when they have none. Answers that cart: the
 * shopper's own, or a new one; never the reminded cart (unless the shopper's cart already is it).
 */
export async function POST(req: AuthenticatedMedusaRequest<PostCartRecoveryType>, res: MedusaResponse) {
  const link = await openRecoveryLink(req, res)
  if (!link) return
  const { result } = await restoreRecoveredCartWorkflow(req.scope).run({
    input: {
      reminded_cart_id: link.cart.id,
      cart_id: req.validatedBody.cart_id ?? null,
      customer_id: req.auth_context?.actor_id || null,
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  res.set("Cache-Control", "no-store").json({ cart: await recoveredCartView(query, result.cart_id), mode: result.mode })
}
