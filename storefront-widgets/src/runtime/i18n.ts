import { getConfig } from "./config.js"
import { en, type StringKey, tables } from "./strings.js"

function language(locale: string): string {
  return locale.toLowerCase().split(/[-_]/)[0] ?? "en"
}

/**
 * The text for `key` in the configured locale: a `configure({ strings })` override first, then the
 * locale's language table, then English. `{name}` placeholders are replaced from `vars`.
 */
export function t(key: StringKey, vars?: Record<string, string | number>): string {
  const { locale, strings } = getConfig()
  const text = strings[key] ?? tables[language(locale)]?.[key] ?? en[key]
  if (!vars) return text
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole))
}
