import { getConfig } from "./config.js"
import { runtimeTables, type StringKey } from "./strings.js"

/**
 * A family of texts by language code ("en", "de", ...), every language with every key. English is the fallback.
 * Each widget group keeps its family in its own `*-strings.ts` file, so an entry carries only the texts it shows.
 */
export type StringTables<K extends string> = Readonly<Record<string, Readonly<Record<K, string>>>>

/** Placeholder values: `{name}` in a text is replaced by `vars.name`. */
export type StringVars = Record<string, string | number>

function language(locale: string): string {
  return locale.toLowerCase().split(/[-_]/)[0] ?? "en"
}

/**
 * The one localisation controller: the text for `key` from a family of tables, in the configured locale. A
 * `configure({ strings })` override comes first, then the locale's language table ("de-AT" uses "de"), then
 * English, then the key itself. `{name}` placeholders are replaced from `vars`.
 */
export function localize<K extends string>(from: StringTables<K>, key: K, vars?: StringVars): string {
  const { locale, strings } = getConfig()
  const overrides: Partial<Record<string, string>> = strings
  const text = overrides[key] ?? from[language(locale)]?.[key] ?? from.en?.[key] ?? key
  if (!vars) return text
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole))
}

/** @deprecated the earlier name of `localize` (same arguments). */
export const translate = localize

/** @deprecated `localize(runtimeTables, key, vars)`: a runtime text (consent banner, errors). */
export const t = (key: StringKey, vars?: StringVars): string => localize(runtimeTables, key, vars)
