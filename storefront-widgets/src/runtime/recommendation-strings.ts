import type { StringTables } from "./i18n.js"

/**
 * The texts of the recommendation widgets (`<tp-also-bought>`, `<tp-bundle>`), kept apart from strings.ts so
 * that entries without them do not carry them. Same rules as strings.ts.
 */
export const recommendationEn = {
  "alsoBought.heading": "Customers also bought",
  "alsoBought.cartHeading": "Complete your order",
  "alsoBought.add": "Add to cart",
  "alsoBought.addNamed": "Add {title} to cart",
  "alsoBought.added": "Added {title} to your cart.",
  "alsoBought.why.rules": "Often bought together",
  "alsoBought.why.pinned": "Recommended by the shop",
  "alsoBought.why.fallback": "Popular in this category",
  "recommendations.loading": "Loading recommendations…",
  "recommendations.error": "Recommendations could not be loaded: {message}",
  "recommendations.retry": "Try again",
  "recommendations.addError": "That did not work: {message}",
  "bundle.heading": "Frequently bought together",
  "bundle.subtotal": "Separately",
  "bundle.total": "Bundle price",
  "bundle.saving": "You save {amount} ({percent}%)",
  "bundle.add": "Add all {count} to cart",
  "bundle.added": "Added the bundle to your cart: you save {amount}.",
  "bundle.this": "This item",
  "nextSteps.label": "More to explore",
  "nextSteps.gone": "{title} is no longer available. These might suit you instead:",
  "nextSteps.replaced": "{title} has been replaced by",
  "nextSteps.unknown": "We could not find that product. Perhaps one of these?",
  "nextSteps.soldOut": "Sold out right now: these are in stock.",
}

export type RecommendationStringKey = keyof typeof recommendationEn
export type RecommendationStrings = Record<RecommendationStringKey, string>

export const recommendationDe: RecommendationStrings = {
  "alsoBought.heading": "Kunden kauften auch",
  "alsoBought.cartHeading": "Passend zu Ihrem Warenkorb",
  "alsoBought.add": "In den Warenkorb",
  "alsoBought.addNamed": "{title} in den Warenkorb",
  "alsoBought.added": "{title} liegt jetzt im Warenkorb.",
  "alsoBought.why.rules": "Oft zusammen gekauft",
  "alsoBought.why.pinned": "Vom Shop empfohlen",
  "alsoBought.why.fallback": "Beliebt in dieser Kategorie",
  "recommendations.loading": "Empfehlungen werden geladen…",
  "recommendations.error": "Empfehlungen konnten nicht geladen werden: {message}",
  "recommendations.retry": "Erneut versuchen",
  "recommendations.addError": "Das hat nicht geklappt: {message}",
  "bundle.heading": "Wird oft zusammen gekauft",
  "bundle.subtotal": "Einzeln",
  "bundle.total": "Bundle-Preis",
  "bundle.saving": "Sie sparen {amount} ({percent} %)",
  "bundle.add": "Alle {count} in den Warenkorb",
  "bundle.added": "Das Bundle liegt im Warenkorb: Sie sparen {amount}.",
  "bundle.this": "Dieser Artikel",
  "nextSteps.label": "Weiter stöbern",
  "nextSteps.gone": "{title} ist nicht mehr erhältlich. Vielleicht passt eines davon:",
  "nextSteps.replaced": "{title} wurde ersetzt durch",
  "nextSteps.unknown": "Diesen Artikel haben wir nicht gefunden. Vielleicht eines davon?",
  "nextSteps.soldOut": "Gerade ausverkauft: diese sind auf Lager.",
}

/** Built-in tables by language code (pass to `localize`). */
export const recommendationTables: StringTables<RecommendationStringKey> = {
  en: recommendationEn,
  de: recommendationDe,
}
