import { getConfig } from "./config.js"
import { type StringKey, tables } from "./strings.js"

function language(locale: string): string {
  return locale.toLowerCase().split(/[-_]/)[0] ?? "en"
}

/**
 * The text for `key` from a set of tables by language: a `configure({ strings })` override first, then the
 * locale's language table, then English. `{name}` placeholders are replaced from `vars`.
 */
export function translate<K extends string>(
  from: Record<string, Record<K, string>>,
  key: K,
  vars?: Record<string, string | number>
): string {
  const { locale, strings } = getConfig()
  const overrides: Partial<Record<string, string>> = strings
  const text = overrides[key] ?? from[language(locale)]?.[key] ?? from.en?.[key] ?? key
  if (!vars) return text
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole))
}

/** The text for `key` in the configured locale (see `translate`). */
export function t(key: StringKey, vars?: Record<string, string | number>): string {
  return translate(tables, key, vars)
}
