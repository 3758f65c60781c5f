import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { PersonalDataSubject } from "@touchpoints/core/lib"
import { anyOf, either, type PersonalRows } from "@touchpoints/core/lib"

// Which cart-recovery rows are a person's (see core's lib/personal-data-rows.ts). They hold no address: a cart id
// ties them to the person, so core hands over the person's carts and orders. One exported object: Medusa
// registers every function exported from `repositories/` as a repository class.

/** The person's carts, and the reminded carts one of their orders recovered. Read before deleting. */
async function cartIds(manager: SqlEntityManager, subject: PersonalDataSubject): Promise<string[]> {
  const recovered = anyOf("recovered_order_id", subject.order_ids)
  const rows =
    recovered.sql === "FALSE"
      ? []
      : await manager.execute<{ cart_id: string }[]>(
          `SELECT cart_id FROM tp_cr_cart WHERE ${recovered.sql}`,
          recovered.params
        )
  return [...new Set([...subject.cart_ids, ...rows.map((row) => row.cart_id)])]
}

function kinds(carts: readonly string[]): PersonalRows[] {
  return [
    {
      kind: "restores",
      table: "tp_cr_restore",
      where: either(anyOf("reminded_cart_id", carts), anyOf("cart_id", carts)),
    },
    { kind: "reminders", table: "tp_cr_reminder", where: anyOf("cart_id", carts) },
    { kind: "carts", table: "tp_cr_cart", where: anyOf("cart_id", carts) },
  ]
}

export const cartRecoveryPersonalData = { cartIds, kinds }
