import { translate } from "./i18n.js"

/**
 * The texts of the wishlist widgets (`<tp-wishlist-button>`, `<tp-save-for-later>`, `<tp-wishlist>`), kept apart
 * from strings.ts so that entries without these widgets do not carry them. Same rules as strings.ts: English is
 * the fallback, a locale's table is picked by its language, `configure({ strings })` overrides single keys.
 */
export const wishlistEn = {
  "wishlist.button.label": "Save to wishlist",
  "wishlist.button.added": "Saved to your wishlist",
  "wishlist.button.removed": "Removed from your wishlist",
  "wishlist.count.one": "Saved by {count} shopper",
  "wishlist.count.other": "Saved by {count} shoppers",
  "saveForLater.label": "Save for later",
  "saveForLater.done": "Saved for later",
  "wishlist.heading": "Your wishlists",
  "wishlist.sharedNote": "A shared wishlist",
  "wishlist.select": "List",
  "wishlist.new": "New list",
  "wishlist.rename": "Rename",
  "wishlist.delete": "Delete list",
  "wishlist.deleteConfirm": "Delete “{name}” and everything in it?",
  "wishlist.name": "List name",
  "wishlist.save": "Save",
  "wishlist.cancel": "Cancel",
  "wishlist.loading": "Loading…",
  "wishlist.empty": "Nothing saved yet.",
  "wishlist.quantity": "Qty {quantity}",
  "wishlist.priceDown": "Price dropped {percent}%",
  "wishlist.priceUp": "Price up",
  "wishlist.in_stock": "In stock",
  "wishlist.sold_out": "Sold out",
  "wishlist.discontinued": "Discontinued",
  "wishlist.move": "Move to cart",
  "wishlist.remove": "Remove",
  "wishlist.noCart": "Add something to your cart first to move items into it.",
  "wishlist.unavailable": "Not available to buy right now.",
  "wishlist.moved": "Moved {title} to your cart.",
  "wishlist.movedPrice": "Moved {title} to your cart. Its price changed from {saved} to {current}.",
  "wishlist.removed": "Removed {title}.",
  "wishlist.created": "Created the list {name}.",
  "wishlist.renamed": "Renamed the list to {name}.",
  "wishlist.deleted": "Deleted the list {name}.",
  "wishlist.share": "Share list",
  "wishlist.shareLink": "Share link",
  "wishlist.copy": "Copy link",
  "wishlist.copied": "Link copied.",
  "wishlist.rotate": "New link",
  "wishlist.revoke": "Stop sharing",
  "wishlist.shared": "Anyone with the link can now see this list.",
  "wishlist.rotated": "New link made. The old link no longer works.",
  "wishlist.revoked": "The list is no longer shared.",
  "wishlist.gone": "This list is no longer shared.",
  "wishlist.error": "That did not work: {message}",
  "wishlist.item": "Item",
}

export type WishlistStringKey = keyof typeof wishlistEn
export type WishlistStrings = Record<WishlistStringKey, string>

export const wishlistDe: WishlistStrings = {
  "wishlist.button.label": "Auf die Wunschliste",
  "wishlist.button.added": "Auf Ihrer Wunschliste gespeichert",
  "wishlist.button.removed": "Von Ihrer Wunschliste entfernt",
  "wishlist.count.one": "Von {count} Person gemerkt",
  "wishlist.count.other": "Von {count} Personen gemerkt",
  "saveForLater.label": "Für später merken",
  "saveForLater.done": "Für später gemerkt",
  "wishlist.heading": "Ihre Wunschlisten",
  "wishlist.sharedNote": "Eine geteilte Wunschliste",
  "wishlist.select": "Liste",
  "wishlist.new": "Neue Liste",
  "wishlist.rename": "Umbenennen",
  "wishlist.delete": "Liste löschen",
  "wishlist.deleteConfirm": "„{name}“ mit allem darin löschen?",
  "wishlist.name": "Name der Liste",
  "wishlist.save": "Speichern",
  "wishlist.cancel": "Abbrechen",
  "wishlist.loading": "Wird geladen…",
  "wishlist.empty": "Noch nichts gemerkt.",
  "wishlist.quantity": "Menge {quantity}",
  "wishlist.priceDown": "Preis um {percent} % gesenkt",
  "wishlist.priceUp": "Preis gestiegen",
  "wishlist.in_stock": "Auf Lager",
  "wishlist.sold_out": "Ausverkauft",
  "wishlist.discontinued": "Nicht mehr erhältlich",
  "wishlist.move": "In den Warenkorb",
  "wishlist.remove": "Entfernen",
  "wishlist.noCart": "Legen Sie zuerst etwas in den Warenkorb, um Artikel dorthin zu verschieben.",
  "wishlist.unavailable": "Derzeit nicht bestellbar.",
  "wishlist.moved": "{title} liegt jetzt im Warenkorb.",
  "wishlist.movedPrice": "{title} liegt jetzt im Warenkorb. Der Preis hat sich von {saved} auf {current} geändert.",
  "wishlist.removed": "{title} entfernt.",
  "wishlist.created": "Liste {name} angelegt.",
  "wishlist.renamed": "Liste in {name} umbenannt.",
  "wishlist.deleted": "Liste {name} gelöscht.",
  "wishlist.share": "Liste teilen",
  "wishlist.shareLink": "Link zum Teilen",
  "wishlist.copy": "Link kopieren",
  "wishlist.copied": "Link kopiert.",
  "wishlist.rotate": "Neuer Link",
  "wishlist.revoke": "Nicht mehr teilen",
  "wishlist.shared": "Jeder mit dem Link kann diese Liste jetzt sehen.",
  "wishlist.rotated": "Neuer Link erstellt. Der alte Link funktioniert nicht mehr.",
  "wishlist.revoked": "Die Liste wird nicht mehr geteilt.",
  "wishlist.gone": "Diese Liste wird nicht mehr geteilt.",
  "wishlist.error": "Das hat nicht geklappt: {message}",
  "wishlist.item": "Artikel",
}

/** Built-in tables by language code. */
export const wishlistTables: Record<string, WishlistStrings> = { en: wishlistEn, de: wishlistDe }

/** `t()` for the wishlist texts. */
export function wt(key: WishlistStringKey, vars?: Record<string, string | number>): string {
  return translate(wishlistTables, key, vars)
}
