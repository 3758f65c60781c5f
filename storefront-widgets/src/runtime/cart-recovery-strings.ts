import type { StringTables } from "./i18n.js"

/** The texts of `<tp-cart-recovery>`, kept apart from strings.ts so entries without it do not carry them. */
export const cartRecoveryEn = {
  "cartRecovery.loading": "Restoring your cart…",
  "cartRecovery.restored": "Welcome back! Your cart is restored: {count} items.",
  "cartRecovery.restoredOne": "Welcome back! Your cart is restored: 1 item.",
  "cartRecovery.question": "Add these items from your reminder to your cart?",
  "cartRecovery.add": "Add to my cart",
  "cartRecovery.decline": "No, thanks",
  "cartRecovery.added": "Added to your cart: {count} items.",
  "cartRecovery.addedOne": "Added to your cart: 1 item.",
  "cartRecovery.declined": "Your cart was left as it is.",
  "cartRecovery.total": "Items total",
  "cartRecovery.quantity": "Quantity {quantity}",
  "cartRecovery.ordered": "This cart has already been ordered. Thank you!",
  "cartRecovery.invalid": "This cart link is not valid any more.",
  "cartRecovery.expired": "This cart link has expired: links in cart reminders work for a limited time.",
  "cartRecovery.error": "Your cart could not be restored: {message}",
}

export type CartRecoveryStringKey = keyof typeof cartRecoveryEn

export const cartRecoveryDe: Record<CartRecoveryStringKey, string> = {
  "cartRecovery.loading": "Ihr Warenkorb wird wiederhergestellt…",
  "cartRecovery.restored": "Willkommen zurück! Ihr Warenkorb ist wieder da: {count} Artikel.",
  "cartRecovery.restoredOne": "Willkommen zurück! Ihr Warenkorb ist wieder da: 1 Artikel.",
  "cartRecovery.question": "Diese Artikel aus Ihrer Erinnerung in Ihren Warenkorb legen?",
  "cartRecovery.add": "In meinen Warenkorb",
  "cartRecovery.decline": "Nein, danke",
  "cartRecovery.added": "In Ihren Warenkorb gelegt: {count} Artikel.",
  "cartRecovery.addedOne": "In Ihren Warenkorb gelegt: 1 Artikel.",
  "cartRecovery.declined": "Ihr Warenkorb bleibt, wie er ist.",
  "cartRecovery.total": "Summe der Artikel",
  "cartRecovery.quantity": "Menge {quantity}",
  "cartRecovery.ordered": "Dieser Warenkorb wurde bereits bestellt. Vielen Dank!",
  "cartRecovery.invalid": "Dieser Warenkorb-Link ist nicht mehr gültig.",
  "cartRecovery.expired": "Dieser Warenkorb-Link ist abgelaufen: Links in Erinnerungen gelten nur eine Zeit lang.",
  "cartRecovery.error": "Ihr Warenkorb konnte nicht wiederhergestellt werden: {message}",
}

/** Built-in tables by language code (pass to `localize`). */
export const cartRecoveryTables: StringTables<CartRecoveryStringKey> = { en: cartRecoveryEn, de: cartRecoveryDe }
