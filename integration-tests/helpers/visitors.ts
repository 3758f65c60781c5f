import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { signVisitorId } from "@touchpoints/core/lib"
import { VISITOR_MODULE, type VisitorModuleService } from "@touchpoints/core/modules/visitor"

type Api = {
  post: (
    url: string,
    body: unknown,
    config?: { headers: Record<string, string> }
  ) => Promise<{ data: { visitor_id: string; upgraded: boolean } }>
}

/** A visitor id as a browser gets it: issued (signed) by the store's `POST /store/touchpoints/visitor`. */
export async function issueVisitorId(api: Api, publishableKey: string): Promise<string> {
  const { data } = await api.post(
    "/store/touchpoints/visitor",
    {},
    { headers: { "x-publishable-api-key": publishableKey } }
  )
  return data.visitor_id
}

/**
 * The signed form of a readable test id ("guest-visitor-000001"), as the store would issue it: signed with the
 * running app's own keys (an HTTP spec runs the app in its process). For specs whose shoppers have names.
 */
export function signedVisitorId(container: MedusaContainer, name: string): string {
  return signVisitorId(container.resolve<VisitorModuleService>(VISITOR_MODULE).signingKeys, name)
}

/** The id the database keeps for a signed visitor id (the part before the signature). */
export const storedVisitorId = (signed: string) => signed.split(".")[0]

/**
 * Moves a visitor's whole history `minutes` into the past (profile times and raw events), as if the shopper
 * had been away: the server counts visits by its own clock, so this is how a test makes a second visit.
 */
export async function moveVisitorBack(container: MedusaContainer, signed: string, minutes: number): Promise<void> {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const interval = `${minutes} minutes`
  const profile = `(SELECT profile_id FROM tp_visitor_identity WHERE anonymous_id = ? AND deleted_at IS NULL)`
  const id = storedVisitorId(signed)
  await db.raw(
    `UPDATE tp_visitor_profile SET first_seen_at = first_seen_at - ?::interval,
       last_seen_at = last_seen_at - ?::interval WHERE id = ${profile}`,
    [interval, interval, id]
  )
  await db.raw(`UPDATE tp_visitor_event SET occurred_at = occurred_at - ?::interval WHERE profile_id = ${profile}`, [
    interval,
    id,
  ])
}
