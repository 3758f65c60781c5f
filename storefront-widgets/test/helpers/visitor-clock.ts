import pg from "pg"
import type { Page } from "playwright-core"

/**
 * Moves a visitor's whole history `minutes` into the past in the store's database (`TP_STORE_DATABASE_URL`,
 * which the test harness sets), as if the shopper had been away: the backend counts visits by its own clock,
 * so this is how a test makes a second visit without waiting half an hour.
 */
export async function moveVisitorBack(signedVisitorId: string, minutes: number): Promise<void> {
  const connectionString = process.env.TP_STORE_DATABASE_URL
  if (!connectionString)
    throw new Error("TP_STORE_DATABASE_URL is unset: the store's database is needed to age a visitor")
  const client = new pg.Client({ connectionString })
  await client.connect()
  try {
    const interval = `${minutes} minutes`
    const profile = "(SELECT profile_id FROM tp_visitor_identity WHERE anonymous_id = $2 AND deleted_at IS NULL)"
    const id = signedVisitorId.split(".")[0]
    await client.query(
      `UPDATE tp_visitor_profile SET first_seen_at = first_seen_at - $1::interval,
         last_seen_at = last_seen_at - $1::interval WHERE id = ${profile}`,
      [interval, id]
    )
    await client.query(
      `UPDATE tp_visitor_event SET occurred_at = occurred_at - $1::interval WHERE profile_id = ${profile}`,
      [interval, id]
    )
  } finally {
    await client.end()
  }
}

/** The page's `tp` (the widgets' global), typed here so the Next example's tests can use this helper too. */
type TrackingWindow = Window & {
  tp?: { track(event: Record<string, unknown>): void; flush(): Promise<void> }
}

/**
 * Makes the page's shopper a returning visitor: what the page tracked so far is sent, then `count` more visits,
 * each after moving the history two hours back (so the page's visits end now). The page must have `window.tp`
 * and analytics consent.
 */
export async function returningVisits(page: Page, count: number, utmMedium: string): Promise<void> {
  await page.evaluate(() => (window as TrackingWindow).tp?.flush())
  for (let visit = 0; visit < count; visit++) {
    const visitorId = await page.evaluate(() => localStorage.getItem("tp_visitor_id"))
    if (!visitorId) throw new Error("the page has no visitor id: accept analytics first")
    await moveVisitorBack(visitorId, 120)
    await page.evaluate(async (medium) => {
      const { tp } = window as TrackingWindow
      tp?.track({ type: "page_view", utm: { medium } })
      await tp?.flush()
    }, utmMedium)
  }
}
