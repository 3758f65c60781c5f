import { RECENT_PRODUCTS_KEPT } from "./apply-events"
import { addCounts } from "./count-map"
import type { ProfileAggregates, UtmTouch } from "./types"

const earlier = (a: Date | null, b: Date | null) => (!a ? b : !b ? a : a < b ? a : b)
const later = (a: Date | null, b: Date | null) => (!a ? b : !b ? a : a > b ? a : b)
const firstTouch = (a: UtmTouch | null, b: UtmTouch | null) => (!a ? b : !b ? a : a.at <= b.at ? a : b)
const lastTouch = (a: UtmTouch | null, b: UtmTouch | null) => (!a ? b : !b ? a : a.at >= b.at ? a : b)

/**
 * Merges two profiles' aggregates (two devices of one customer). Counts add up, so nothing is lost;
 * first/last seen and first/last touch take the earliest/latest of both.
 */
export function mergeAggregates(target: ProfileAggregates, source: ProfileAggregates): ProfileAggregates {
  const sourceIsNewer = !!source.last_seen_at && (!target.last_seen_at || source.last_seen_at > target.last_seen_at)
  const [newer, older] = sourceIsNewer ? [source, target] : [target, source]
  const recent = [...newer.recent_product_ids, ...older.recent_product_ids]
  return {
    visits: target.visits + source.visits,
    visits_since_last_order: target.visits_since_last_order + source.visits_since_last_order,
    event_count: target.event_count + source.event_count,
    page_views: target.page_views + source.page_views,
    searches: target.searches + source.searches,
    add_to_carts: target.add_to_carts + source.add_to_carts,
    checkouts_started: target.checkouts_started + source.checkouts_started,
    first_seen_at: earlier(target.first_seen_at, source.first_seen_at),
    last_seen_at: later(target.last_seen_at, source.last_seen_at),
    first_utm: firstTouch(target.first_utm, source.first_utm),
    last_utm: lastTouch(target.last_utm, source.last_utm),
    product_views: addCounts(target.product_views, source.product_views),
    category_views: addCounts(target.category_views, source.category_views),
    recent_product_ids: [...new Set(recent)].slice(0, RECENT_PRODUCTS_KEPT),
    last_cart_id: newer.last_cart_id ?? older.last_cart_id,
  }
}
