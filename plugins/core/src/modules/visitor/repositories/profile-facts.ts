import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"

// SQL of the profile columns other plugins' rules read (segment-offers' segments): a profile found by customer,
// visitor id, its own id or a cart its visitor used, and pages of profiles for scans. Read-only.
// One exported object: Medusa registers every function exported from `repositories/` as a repository class.

type Manager = SqlEntityManager

type UtmTouch = { source?: string; medium?: string; campaign?: string } | null

/** The columns of a profile that segment rules read. */
export type ProfileFacts = {
  id: string
  customer_id: string | null
  visits: number
  visits_since_last_order: number
  first_seen_at: Date | string | null
  last_order_at: Date | string | null
  order_count: number
  total_spent: Record<string, number> | null
  first_utm: UtmTouch
  last_utm: UtmTouch
  category_views: Record<string, number> | null
  last_cart_id: string | null
}

const COLUMNS = `p.id, p.customer_id, p.visits, p.visits_since_last_order, p.first_seen_at, p.last_order_at,
  p.order_count, p.total_spent, p.first_utm, p.last_utm, p.category_views, p.last_cart_id`

const first = (rows: ProfileFacts[]) => rows[0] ?? null

async function ofCustomer(manager: Manager, customerId: string): Promise<ProfileFacts | null> {
  return first(
    await manager.execute<ProfileFacts[]>(
      `SELECT ${COLUMNS} FROM tp_visitor_profile p WHERE p.customer_id = ? AND p.deleted_at IS NULL`,
      [customerId]
    )
  )
}

async function ofVisitor(manager: Manager, anonymousId: string): Promise<ProfileFacts | null> {
  return first(
    await manager.execute<ProfileFacts[]>(
      `SELECT ${COLUMNS} FROM tp_visitor_identity i
         JOIN tp_visitor_profile p ON p.id = i.profile_id AND p.deleted_at IS NULL
        WHERE i.anonymous_id = ? AND i.deleted_at IS NULL`,
      [anonymousId]
    )
  )
}

async function byId(manager: Manager, profileId: string): Promise<ProfileFacts | null> {
  return first(
    await manager.execute<ProfileFacts[]>(
      `SELECT ${COLUMNS} FROM tp_visitor_profile p WHERE p.id = ? AND p.deleted_at IS NULL`,
      [profileId]
    )
  )
}

async function byAnyKey(manager: Manager, key: string): Promise<ProfileFacts | null> {
  return first(
    await manager.execute<ProfileFacts[]>(
      `SELECT ${COLUMNS} FROM tp_visitor_profile p
        WHERE p.deleted_at IS NULL AND (p.id = ? OR p.customer_id = ? OR p.id = (
          SELECT i.profile_id FROM tp_visitor_identity i WHERE i.anonymous_id = ? AND i.deleted_at IS NULL))
        LIMIT 1`,
      [key, key, key]
    )
  )
}

async function ofCartVisitor(manager: Manager, cartId: string): Promise<ProfileFacts | null> {
  return first(
    await manager.execute<ProfileFacts[]>(
      `SELECT ${COLUMNS} FROM tp_visitor_cart vc
         JOIN tp_visitor_identity i ON i.anonymous_id = vc.anonymous_id AND i.deleted_at IS NULL
         JOIN tp_visitor_profile p ON p.id = i.profile_id AND p.deleted_at IS NULL
        WHERE vc.cart_id = ? AND vc.deleted_at IS NULL`,
      [cartId]
    )
  )
}

async function page(
  manager: Manager,
  input: { afterId: string | null; limit: number; customersOnly: boolean }
): Promise<ProfileFacts[]> {
  return manager.execute<ProfileFacts[]>(
    `SELECT ${COLUMNS} FROM tp_visitor_profile p
      WHERE p.deleted_at IS NULL AND p.id > ? ${input.customersOnly ? "AND p.customer_id IS NOT NULL" : ""}
      ORDER BY p.id LIMIT ?`,
    [input.afterId ?? "", input.limit]
  )
}

export const profileFacts = { ofCustomer, ofVisitor, byId, byAnyKey, ofCartVisitor, page }
