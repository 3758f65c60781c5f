import { translate } from "./i18n.js"

/** The texts of `<tp-cart-recovery>`, kept apart from strings.ts so entries without it do not carry them. */
export const cartRecoveryEn = {
  "cartRecovery.loading": "Restoring your cart…",
  "cartRecovery.restored": "Welcome back! Your cart is restored: {count} items.",
  "cartRecovery.restoredOne": "Welcome back! Your cart is restored: 1 item.",
  "cartRecovery.total": "Items total",
  "cartRecovery.quantity": "Quantity {quantity}",
  "cartRecovery.ordered": "This cart has already been ordered. Thank you!",
  "cartRecovery.invalid": "This cart link is not valid any more.",
  "cartRecovery.error": "Your cart could not be restored: {message}",
}

export type CartRecoveryStringKey = keyof typeof cartRecoveryEn

export const cartRecoveryDe: Record<CartRecoveryStringKey, string> = {
  "cartRecovery.loading": "Ihr Warenkorb wird wiederhergestellt…",
  "cartRecovery.restored": "Willkommen zurück! Ihr Warenkorb ist wieder da: {count} Artikel.",
  "cartRecovery.restoredOne": "Willkommen zurück! Ihr Warenkorb ist wieder da: 1 Artikel.",
  "cartRecovery.total": "Summe der Artikel",
  "cartRecovery.quantity": "Menge {quantity}",
  "cartRecovery.ordered": "Dieser Warenkorb wurde bereits bestellt. Vielen Dank!",
  "cartRecovery.invalid": "Dieser Warenkorb-Link ist nicht mehr gültig.",
  "cartRecovery.error": "Ihr Warenkorb konnte nicht wiederhergestellt werden: {message}",
}

const tables: Record<string, Record<CartRecoveryStringKey, string>> = { en: cartRecoveryEn, de: cartRecoveryDe }

/** A `<tp-cart-recovery>` text in the configured locale (overridable with `configure({ strings })`). */
export function crt(key: CartRecoveryStringKey, vars?: Record<string, string | number>): string {
  return translate(tables, key, vars)
}
