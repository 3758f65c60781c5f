import { evaluate } from "../modules/segment-offers/lib/evaluate"
import { factsOf } from "../modules/segment-offers/lib/profile-facts"
import type { Rule } from "../modules/segment-offers/lib/rules"
import { customerContextsOf, type ShopperSources } from "./shopper-sources"

const PAGE = 2000

/**
 * Counts the profiles a rule holds for and lists a sample with reasons. Carts are not part of a preview:
 * conditions on the cart hold only while a shopper has one, so here they count as not holding.
 */
export async function previewRule(sources: ShopperSources, rule: Rule, sampleSize: number) {
  const sample: { profile_id: string; customer_id: string | null; reasons: string[] }[] = []
  let members = 0
  let profiles = 0
  let afterId: string | null = null
  for (;;) {
    const page = await sources.visitors.profileFactsPage({ afterId, limit: PAGE, customersOnly: false })
    if (!page.length) break
    // one query for the page's customers (ids batched), not one per profile
    const contexts = await customerContextsOf(
      sources.db,
      page.map((profile) => profile.customer_id).filter((id): id is string => !!id)
    )
    for (const profile of page) {
      profiles += 1
      const customer = profile.customer_id ? (contexts.get(profile.customer_id) ?? null) : null
      const verdict = evaluate(rule, factsOf(profile, { cart: null, customer }))
      if (!verdict.matched) continue
      members += 1
      if (sample.length < sampleSize) {
        sample.push({
          profile_id: profile.id,
          customer_id: profile.customer_id,
          reasons: verdict.reasons.map((reason) => reason.text),
        })
      }
    }
    afterId = page[page.length - 1].id
  }
  return { members, profiles, sample }
}
