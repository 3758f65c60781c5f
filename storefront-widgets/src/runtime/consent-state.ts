import { getConfig } from "./config.js"
import { CONSENT_KEY } from "./keys.js"
import { readItem } from "./storage.js"

/** "all" (analytics accepted), "necessary" (declined) or null (not chosen yet). */
export type ConsentChoice = "all" | "necessary"

/** The shopper's remembered choice (localStorage `tp_consent`), or null before they choose. */
export function getConsent(): ConsentChoice | null {
  const value = readItem("local", CONSENT_KEY)
  return value === "all" || value === "necessary" ? value : null
}

/**
 * Whether analytics may run: the shopper's explicit choice wins; without one, they run only when the shop does
 * not require consent (`consentRequired: false`).
 */
export function analyticsAllowed(): boolean {
  const choice = getConsent()
  return choice ? choice === "all" : !getConfig().consentRequired
}
