import { dirname, join } from "node:path"
import type { ReminderCart, ReminderItem } from "./reminder-cart"

/** The plugin's shipped email templates (an owner's `templatesDir` overrides them). */
export const CART_RECOVERY_TEMPLATES = join(
  dirname(require.resolve("@touchpoints/cart-recovery/package.json")),
  "templates"
)

export const CART_RECOVERY_FLOW = "cart-recovery"
export const CART_REMINDER_TEMPLATE = "cart-reminder"

/** The data the cart-reminder template renders (checked against templates/cart-reminder/schema.json). */
export function reminderEmailData(input: {
  cart: ReminderCart
  items: ReminderItem[]
  step: number
  stepCount: number
  recoveryUrl: string
  promotionCode?: string | null
  incentivePercent?: number | null
}) {
  const { cart, items } = input
  return {
    step: input.step + 1,
    last_step: input.step + 1 === input.stepCount,
    recovery_url: input.recoveryUrl,
    currency_code: cart.currency_code,
    items: items.map((item) => ({
      title: item.product_title ?? item.title,
      variant_title: item.variant_title && item.variant_title !== "Default variant" ? item.variant_title : null,
      thumbnail: item.thumbnail,
      quantity: item.quantity,
      unit_price: item.unit_price,
      line_total: item.unit_price * item.quantity,
    })),
    item_total: items.reduce((sum, item) => sum + item.unit_price * item.quantity, 0),
    incentive: input.promotionCode ? { code: input.promotionCode, percent: input.incentivePercent ?? null } : null,
  }
}
