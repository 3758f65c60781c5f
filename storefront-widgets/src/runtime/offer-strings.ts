import { localize, type StringTables, type StringVars } from "./i18n.js"

/** The texts of `<tp-offer>` (headline, text and reason come from the shop), kept apart from strings.ts. */
export const offerEn = {
  "offer.eyebrow": "Just for you",
  "offer.percentage": "{value}% off",
  "offer.fixed": "{amount} off",
  "offer.code": "Code",
  "offer.apply": "Apply to cart",
  "offer.applying": "Applying…",
  "offer.applied": "Applied",
  "offer.appliedStatus": "Code {code} is applied to your cart.",
  "offer.saving": "You save {amount}.",
  "offer.notYet": "Code {code} applies once your cart qualifies: add items first.",
  "offer.copy": "Copy code",
  "offer.copied": "Code {code} copied.",
  "offer.copyFailed": "Copying did not work: select the code to copy it.",
  "offer.cta": "Shop now",
  "offer.notAllowed": "This offer is no longer available for your cart.",
  "offer.noCart": "Your cart was not found.",
  "offer.error": "The offer could not be applied: {message}",
}

export type OfferStringKey = keyof typeof offerEn
export type OfferStrings = Record<OfferStringKey, string>

export const offerDe: OfferStrings = {
  "offer.eyebrow": "Nur für Sie",
  "offer.percentage": "{value} % Rabatt",
  "offer.fixed": "{amount} Rabatt",
  "offer.code": "Code",
  "offer.apply": "Im Warenkorb einlösen",
  "offer.applying": "Wird eingelöst…",
  "offer.applied": "Eingelöst",
  "offer.appliedStatus": "Code {code} ist in Ihrem Warenkorb eingelöst.",
  "offer.saving": "Sie sparen {amount}.",
  "offer.notYet": "Code {code} gilt, sobald Ihr Warenkorb passt: legen Sie zuerst Artikel hinein.",
  "offer.copy": "Code kopieren",
  "offer.copied": "Code {code} kopiert.",
  "offer.copyFailed": "Kopieren hat nicht geklappt: markieren Sie den Code, um ihn zu kopieren.",
  "offer.cta": "Jetzt einkaufen",
  "offer.notAllowed": "Dieses Angebot gilt für Ihren Warenkorb nicht mehr.",
  "offer.noCart": "Ihr Warenkorb wurde nicht gefunden.",
  "offer.error": "Das Angebot konnte nicht eingelöst werden: {message}",
}

/** Built-in tables by language code (pass to `localize`). */
export const offerTables: StringTables<OfferStringKey> = { en: offerEn, de: offerDe }

/** @deprecated `localize(offerTables, key, vars)`. */
export const oft = (key: OfferStringKey, vars?: StringVars): string => localize(offerTables, key, vars)
