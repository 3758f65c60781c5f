import { storeFetch } from "./client.js"
import { emit } from "./events.js"
import { CONSENT_KEY } from "./keys.js"
import { writeItem } from "./storage.js"
import { dropHeld, releaseHeld } from "./track.js"
import { adoptVisitorId, forgetVisitorId, getVisitorId, obtainVisitorId } from "./visitor.js"

export { analyticsAllowed, type ConsentChoice, getConsent } from "./consent-state.js"

/**
 * Records the shopper's choice: remembers it (localStorage `tp_consent`), fires `tp-consent-change` on `target`
 * (default `document`), and posts it to `POST /store/touchpoints/consent`.
 * - accept (`true`): the visitor id is asked from the backend now and events held on this page are sent;
 * - decline (`false`): no visitor id is created; an existing one is sent once so the backend can forget its
 *   data, then deleted here. Held events are dropped.
 * Resolves when the backend answered; never rejects (failures fire `tp-error`).
 */
export async function setConsent(analytics: boolean, target?: EventTarget): Promise<void> {
  writeItem("local", CONSENT_KEY, analytics ? "all" : "necessary")
  if (!analytics) dropHeld()
  emit("tp-consent-change", { analytics }, target)
  try {
    const visitorId = analytics ? await obtainVisitorId() : getVisitorId()
    const answer = await storeFetch<{ visitor_id?: string }>("/store/touchpoints/consent", {
      body: { analytics },
      visitorId,
    })
    if (analytics) adoptVisitorId(answer?.visitor_id)
  } catch {
    // already reported as tp-error; the choice stands locally
  } finally {
    if (analytics) releaseHeld()
    else forgetVisitorId()
  }
}

/** Shows the consent banner again (e.g. from a "Privacy settings" link in the footer). */
export function openConsent(): void {
  emit("tp-consent-open", undefined)
}
