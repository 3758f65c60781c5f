import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createAnswerCache } from "@touchpoints/core/lib"
import { factsOf, type ProfileFactsRow } from "../modules/segment-offers/lib/profile-facts"
import type { GroupPair, Membership } from "../workflows/steps/apply-membership-changes"
import { syncSegmentMembershipWorkflow } from "../workflows/sync-membership"
import { sendSegmentOfferEmails } from "./offer-emails"
import { customerContextsOf, profileOfShopper, type ShopperSources, shopperSourcesOf } from "./shopper-sources"

export type SyncSummary = {
  customers: number
  entered: number
  left: number
  linked: number
  unlinked: number
  emailed: number
}

const EMPTY: SyncSummary = { customers: 0, entered: 0, left: 0, linked: 0, unlinked: 0, emailed: 0 }

/**
 * Brings stored memberships and mirror groups in step with what the rules say now, for one page of customer
 * profiles, and mails the offer of each email segment a customer entered. Paused segments are left as they are.
 */
async function syncPage(
  container: MedusaContainer,
  sources: ShopperSources,
  profiles: ProfileFactsRow[]
): Promise<SyncSummary> {
  const service = sources.offers
  const customerIds = profiles.map((profile) => profile.customer_id as string)
  // the page's customers and memberships in one query each (ids batched): profiles come from core's visitor
  // service, customer records from Medusa's tables, so the join happens here
  const [segments, contexts, stored] = await Promise.all([
    service.liveSegments(),
    customerContextsOf(sources.db, customerIds),
    service.membershipsOf(customerIds),
  ])
  const entered: Membership[] = []
  const left: Membership[] = []
  const link: GroupPair[] = []
  const unlink: GroupPair[] = []
  const segmentsNow = new Map<string, Set<string>>()
  for (const profile of profiles) {
    const customerId = profile.customer_id as string
    const customer = contexts.get(customerId)
    if (!customer) continue
    const matched = service.segmentsOf(segments, factsOf(profile, { cart: null, customer }))
    segmentsNow.set(customerId, new Set(matched.keys()))
    const had = stored.get(customerId) ?? new Set<string>()
    for (const segment of segments) {
      const member = matched.has(segment.id)
      if (member && !had.has(segment.id)) entered.push({ segment_id: segment.id, customer_id: customerId })
      if (!member && had.has(segment.id)) left.push({ segment_id: segment.id, customer_id: customerId })
      const group = segment.mirror_to_group ? segment.customer_group_id : null
      if (!group) continue
      const inGroup = customer.group_ids.includes(group)
      if (member && !inGroup) link.push({ customer_id: customerId, customer_group_id: group })
      if (!member && inGroup) unlink.push({ customer_id: customerId, customer_group_id: group })
    }
  }
  if (!entered.length && !left.length && !link.length && !unlink.length) {
    return { ...EMPTY, customers: profiles.length }
  }
  const { result: inserted } = await syncSegmentMembershipWorkflow(container).run({
    input: { entered, left, link, unlink },
  })
  const emailSegments = new Set(segments.filter((segment) => segment.email_offer).map((segment) => segment.id))
  const emailed = await sendSegmentOfferEmails(
    container,
    inserted.filter((entry) => emailSegments.has(entry.segment_id)),
    segmentsNow
  )
  return {
    customers: profiles.length,
    entered: inserted.length,
    left: left.length,
    linked: link.length,
    unlinked: unlink.length,
    emailed,
  }
}

const add = (a: SyncSummary, b: SyncSummary): SyncSummary => ({
  customers: a.customers + b.customers,
  entered: a.entered + b.entered,
  left: a.left + b.left,
  linked: a.linked + b.linked,
  unlinked: a.unlinked + b.unlinked,
  emailed: a.emailed + b.emailed,
})

/** Syncs every customer profile, page by page. */
export async function syncAllCustomerSegments(container: MedusaContainer): Promise<SyncSummary> {
  const sources = shopperSourcesOf(container)
  const limit = sources.offers.settings.syncPageSize
  let summary = EMPTY
  let afterId: string | null = null
  for (;;) {
    const page = await sources.visitors.profileFactsPage({ afterId, limit, customersOnly: true })
    if (!page.length) return summary
    summary = add(summary, await syncPage(container, sources, page))
    afterId = page[page.length - 1].id
  }
}

/** Syncs one customer (after an order, or when the store sees them with changed memberships). */
export async function syncCustomerSegments(container: MedusaContainer, customerId: string): Promise<SyncSummary> {
  const sources = shopperSourcesOf(container)
  const profile = await profileOfShopper(sources, { visitorId: null, customerId })
  return profile ? syncPage(container, sources, [profile]) : EMPTY
}

// customers the store has synced lately on this instance: one sync a minute per customer is plenty
const recentlySeen = createAnswerCache({ ttlSeconds: 60, maxKeys: 50_000 })

/** Syncs a customer the store just served, at most once a minute per instance. */
export async function syncSeenCustomer(container: MedusaContainer, customerId: string): Promise<void> {
  await recentlySeen.cached(customerId, async () => {
    await syncCustomerSegments(container, customerId)
    return true
  })
}

/** One membership sync at a time across workers (the locking module); the stored memberships make reruns safe. */
export async function runMembershipSync(container: MedusaContainer): Promise<SyncSummary> {
  return container
    .resolve(Modules.LOCKING)
    .execute("touchpoints-segment-membership-sync", () => syncAllCustomerSegments(container), {
      timeout: 600,
      expire: 300,
    })
}
