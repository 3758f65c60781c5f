import { addCounts } from "./count-map"
import type { ProfileAggregates, UtmParams, UtmTouch, VisitorEventInput } from "./types"

/** How many recently viewed products a profile remembers, most recent first. */
export const RECENT_PRODUCTS_KEPT = 20

const hasUtm = (utm: UtmParams | undefined): utm is UtmParams =>
  !!utm && Object.values(utm).some((value) => typeof value === "string" && value.length > 0)

/**
 * Folds a batch of events into a profile's aggregates. Pure: the caller persists the result.
 * Visits are sessions split by `sessionTimeoutMs` of inactivity; an event older than the
 * profile's latest one never opens a visit (late beacons do not inflate visits).
 */
export function applyEvents(
  current: ProfileAggregates,
  events: VisitorEventInput[],
  sessionTimeoutMs: number
): ProfileAggregates {
  const next: ProfileAggregates = { ...current, recent_product_ids: [...current.recent_product_ids] }
  const productViews: Record<string, number> = {}
  const categoryViews: Record<string, number> = {}
  const ordered = [...events].sort((a, b) => a.occurred_at.getTime() - b.occurred_at.getTime())

  for (const event of ordered) {
    const at = event.occurred_at
    const last = next.last_seen_at
    if (!last || at.getTime() - last.getTime() > sessionTimeoutMs) {
      next.visits += 1
      next.visits_since_last_order += 1
    }
    if (!next.first_seen_at || at < next.first_seen_at) {
      next.first_seen_at = at
    }
    if (!last || at > last) {
      next.last_seen_at = at
    }
    next.event_count += 1

    switch (event.type) {
      case "page_view":
        next.page_views += 1
        break
      case "product_view":
        if (event.product_id) {
          productViews[event.product_id] = (productViews[event.product_id] ?? 0) + 1
          next.recent_product_ids = [
            event.product_id,
            ...next.recent_product_ids.filter((id) => id !== event.product_id),
          ].slice(0, RECENT_PRODUCTS_KEPT)
        }
        break
      case "category_view":
        if (event.category_id) {
          categoryViews[event.category_id] = (categoryViews[event.category_id] ?? 0) + 1
        }
        break
      case "search":
        next.searches += 1
        break
      case "add_to_cart":
        next.add_to_carts += 1
        next.last_cart_id = event.cart_id ?? next.last_cart_id
        break
      case "checkout_started":
        next.checkouts_started += 1
        next.last_cart_id = event.cart_id ?? next.last_cart_id
        break
    }

    if (hasUtm(event.utm)) {
      const touch: UtmTouch = { ...event.utm, at: at.toISOString() }
      if (!next.first_utm || touch.at < next.first_utm.at) {
        next.first_utm = touch
      }
      if (!next.last_utm || touch.at >= next.last_utm.at) {
        next.last_utm = touch
      }
    }
  }

  next.product_views = addCounts(current.product_views, productViews)
  next.category_views = addCounts(current.category_views, categoryViews)
  return next
}
