import type { ProfileFacts } from "@touchpoints/core/modules/visitor"
import { EMPTY_FACTS, type Facts } from "./facts"

/** The profile columns rules read, as core's visitor service answers them (`profileFacts*` methods). */
export type ProfileFactsRow = ProfileFacts

/** What the shopper's cart and customer record add. */
export type ShopperContext = {
  cart: { value: number; currency_code: string; country_code: string | null } | null
  customer: { has_account: boolean; group_ids: string[]; country_code: string | null } | null
}

const DAY_MS = 86_400_000

const daysSince = (at: Date | string | null, now: Date) =>
  at === null ? null : Math.max(0, Math.floor((now.getTime() - new Date(at).getTime()) / DAY_MS))

const text = (value: string | undefined) => (value ? value.toLowerCase() : null)

/** A shopper's facts; without a profile (first visit, or nothing recorded) the counters are zero. */
export function factsOf(profile: ProfileFactsRow | null, context: ShopperContext, now = new Date()): Facts {
  const base: Facts = profile
    ? {
        ...EMPTY_FACTS,
        visits: profile.visits,
        visits_without_order: profile.visits_since_last_order,
        days_since_last_order: daysSince(profile.last_order_at, now),
        days_since_first_visit: daysSince(profile.first_seen_at, now),
        order_count: profile.order_count,
        total_spent: Object.fromEntries(
          Object.entries(profile.total_spent ?? {}).map(([currency, amount]) => [
            currency.toLowerCase(),
            Number(amount),
          ])
        ),
        first_utm_source: text(profile.first_utm?.source),
        first_utm_medium: text(profile.first_utm?.medium),
        first_utm_campaign: text(profile.first_utm?.campaign),
        last_utm_source: text(profile.last_utm?.source),
        last_utm_medium: text(profile.last_utm?.medium),
        last_utm_campaign: text(profile.last_utm?.campaign),
        viewed_categories: Object.keys(profile.category_views ?? {}),
      }
    : { ...EMPTY_FACTS }
  const country = context.cart?.country_code ?? context.customer?.country_code ?? null
  return {
    ...base,
    cart_value: context.cart ? context.cart.value : null,
    cart_currency: context.cart ? context.cart.currency_code.toLowerCase() : null,
    country: country ? country.toLowerCase() : null,
    customer_groups: context.customer?.group_ids ?? [],
    has_account: context.customer?.has_account ?? false,
  }
}
