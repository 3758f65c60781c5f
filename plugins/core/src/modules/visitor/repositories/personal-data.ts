import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { PersonalDataSubject } from "../../../lib/personal-data"
import { anyOf, either, type PersonalRows } from "../../../lib/personal-data-rows"

// Which visitor rows are a person's (see lib/personal-data-rows.ts), and how a person's customers, carts and
// orders lead to their profiles and visitor ids. One exported object: Medusa registers every function exported
// from a module's `repositories/` as a repository class.

type Manager = SqlEntityManager

/**
 * The profiles of the customers, of the visitors who used one of the carts, and those the orders were counted
 * into; with every visitor id of those profiles and of the carts' visitors.
 */
async function profilesAndVisitors(
  manager: Manager,
  ids: Pick<PersonalDataSubject, "customer_ids" | "cart_ids" | "order_ids">
): Promise<{ profile_ids: string[]; visitor_ids: string[] }> {
  const cartVisitors = anyOf("cart_id", ids.cart_ids)
  const visitorsOfCarts =
    cartVisitors.sql === "FALSE"
      ? []
      : (
          await manager.execute<{ anonymous_id: string }[]>(
            `SELECT anonymous_id FROM tp_visitor_cart WHERE ${cartVisitors.sql}`,
            cartVisitors.params
          )
        ).map((row) => row.anonymous_id)
  const parts = [
    {
      sql: "SELECT id FROM tp_visitor_profile WHERE",
      where: either(anyOf("customer_id", ids.customer_ids), anyOf("last_cart_id", ids.cart_ids)),
    },
    { sql: "SELECT profile_id AS id FROM tp_visitor_identity WHERE", where: anyOf("anonymous_id", visitorsOfCarts) },
    {
      sql: "SELECT profile_id AS id FROM tp_visitor_order WHERE",
      where: either(anyOf("customer_id", ids.customer_ids), anyOf("order_id", ids.order_ids)),
    },
  ].filter((part) => part.where.sql !== "FALSE")
  const profiles = parts.length
    ? (
        await manager.execute<{ id: string }[]>(
          parts.map((part) => `${part.sql} ${part.where.sql}`).join(" UNION "),
          parts.flatMap((part) => part.where.params)
        )
      ).map((row) => row.id)
    : []
  const ofProfiles = anyOf("profile_id", profiles)
  const visitors =
    ofProfiles.sql === "FALSE"
      ? []
      : (
          await manager.execute<{ anonymous_id: string }[]>(
            `SELECT anonymous_id FROM tp_visitor_identity WHERE ${ofProfiles.sql}`,
            ofProfiles.params
          )
        ).map((row) => row.anonymous_id)
  return { profile_ids: profiles, visitor_ids: [...new Set([...visitors, ...visitorsOfCarts])] }
}

/** The person's visitor rows, children first. */
function kinds(subject: PersonalDataSubject): PersonalRows[] {
  return [
    {
      kind: "events",
      table: "tp_visitor_event",
      where: either(
        anyOf("profile_id", subject.profile_ids),
        anyOf("anonymous_id", subject.visitor_ids),
        anyOf("cart_id", subject.cart_ids)
      ),
    },
    {
      kind: "carts",
      table: "tp_visitor_cart",
      where: either(anyOf("anonymous_id", subject.visitor_ids), anyOf("cart_id", subject.cart_ids)),
    },
    {
      kind: "orders",
      table: "tp_visitor_order",
      where: either(
        anyOf("profile_id", subject.profile_ids),
        anyOf("customer_id", subject.customer_ids),
        anyOf("order_id", subject.order_ids)
      ),
    },
    {
      kind: "identities",
      table: "tp_visitor_identity",
      where: either(anyOf("profile_id", subject.profile_ids), anyOf("anonymous_id", subject.visitor_ids)),
    },
    {
      kind: "profiles",
      table: "tp_visitor_profile",
      where: either(anyOf("id", subject.profile_ids), anyOf("customer_id", subject.customer_ids)),
    },
  ]
}

export const visitorPersonalData = { profilesAndVisitors, kinds }
