import { UTM_KEY } from "./keys.js"
import { readItem, writeItem } from "./storage.js"
import type { Utm } from "./types.js"

const PARAMS = ["source", "medium", "campaign", "term", "content"] as const

/**
 * The campaign (utm_*) parameters of the session's landing page. The first call in a browser session reads
 * them from the current URL and keeps them in sessionStorage (`tp_utm`, "{}" when there were none); later
 * pages of the same session get the same values, whatever their own URL says.
 */
export function sessionUtm(): Utm | undefined {
  const stored = readItem("session", UTM_KEY)
  let utm: Utm = {}
  if (stored !== null) {
    try {
      utm = JSON.parse(stored) as Utm
    } catch {
      utm = {}
    }
  } else if (typeof location !== "undefined") {
    const params = new URLSearchParams(location.search)
    for (const name of PARAMS) {
      const value = params.get(`utm_${name}`)?.trim()
      if (value) utm[name] = value.slice(0, 200)
    }
    writeItem("session", UTM_KEY, JSON.stringify(utm))
  }
  return Object.keys(utm).length > 0 ? utm : undefined
}
