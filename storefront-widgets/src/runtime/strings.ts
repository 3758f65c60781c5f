import type { StringTables } from "./i18n.js"

/**
 * The texts widgets show. English is the fallback; a locale's table is picked by its language
 * ("de-AT" uses "de"); `configure({ strings })` overrides single keys for every locale.
 * Placeholders look like `{name}` and are filled by `t(key, { name })`.
 */
export const en = {
  "consent.label": "Privacy choices",
  "consent.text":
    "We use analytics to understand how our shop is used and to show offers that suit you. You can change your choice at any time.",
  "consent.accept": "Accept all",
  "consent.necessary": "Necessary only",
  "consent.privacy": "Privacy policy",
  "error.network":
    "Could not reach the shop backend at {url}. If it is running, its STORE_CORS setting must allow this page's origin ({origin}).",
  "error.timeout": "The shop backend did not answer within {ms} ms ({url}).",
  "error.config": "Touchpoints is not configured: {missing} is missing (use configure() or <tp-config>).",
}

export type StringKey = keyof typeof en
export type Strings = Record<StringKey, string>

export const de: Strings = {
  "consent.label": "Datenschutz-Einstellungen",
  "consent.text":
    "Wir nutzen Analysen, um zu verstehen, wie unser Shop genutzt wird, und um Ihnen passende Angebote zu zeigen. Sie können Ihre Wahl jederzeit ändern.",
  "consent.accept": "Alle akzeptieren",
  "consent.necessary": "Nur notwendige",
  "consent.privacy": "Datenschutzerklärung",
  "error.network":
    "Das Shop-Backend unter {url} ist nicht erreichbar. Läuft es, muss seine STORE_CORS-Einstellung den Ursprung dieser Seite ({origin}) erlauben.",
  "error.timeout": "Das Shop-Backend hat nicht innerhalb von {ms} ms geantwortet ({url}).",
  "error.config": "Touchpoints ist nicht konfiguriert: {missing} fehlt (configure() oder <tp-config> verwenden).",
}

/** Built-in tables by language code (the runtime's own texts: consent banner, errors; pass to `localize`). */
export const runtimeTables: StringTables<StringKey> = { en, de }
