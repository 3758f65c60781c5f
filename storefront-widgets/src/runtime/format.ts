import { getConfig } from "./config.js"

const numberFormats = new Map<string, Intl.NumberFormat>()
const dateFormats = new Map<string, Intl.DateTimeFormat>()

/**
 * Formats a Medusa v2 amount (major units: 12.5 means 12.50) as money, e.g. `formatMoney(12.5, "eur", "de-DE")`
 * gives "12,50 €". Currency and locale default to the configured ones; an unknown currency code falls back to
 * "12.50 XYZ".
 */
export function formatMoney(amount: number, currency?: string, locale?: string): string {
  const code = (currency || getConfig().currency || "USD").toUpperCase()
  const lang = locale || getConfig().locale
  const key = `${lang}|${code}`
  try {
    let format = numberFormats.get(key)
    if (!format) {
      format = new Intl.NumberFormat(lang, { style: "currency", currency: code })
      numberFormats.set(key, format)
    }
    return format.format(amount)
  } catch {
    return `${amount.toFixed(2)} ${code}`
  }
}

/**
 * Formats a date (Date, ISO string or epoch ms) for the configured locale; `options` default to a medium date,
 * e.g. "Nov 23, 2026" / "23.11.2026". An invalid date gives "".
 */
export function formatDate(
  value: Date | string | number,
  locale?: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: "medium" }
): string {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return ""
  const lang = locale || getConfig().locale
  const key = `${lang}|${JSON.stringify(options)}`
  try {
    let format = dateFormats.get(key)
    if (!format) {
      format = new Intl.DateTimeFormat(lang, options)
      dateFormats.set(key, format)
    }
    return format.format(date)
  } catch {
    return date.toISOString().slice(0, 10)
  }
}
