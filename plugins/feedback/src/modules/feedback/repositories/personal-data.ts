import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { PersonalDataSubject } from "@touchpoints/core/lib"
import { anyOf, either, type PersonalRows } from "@touchpoints/core/lib"

// Which feedback rows are a person's, children first (see core's lib/personal-data-rows.ts). One exported object:
// Medusa registers every function exported from `repositories/` as a repository class.

/** The person's surveys: by customer, by address (any case) or by one of their orders. Read before deleting. */
async function surveyIds(manager: SqlEntityManager, subject: PersonalDataSubject): Promise<string[]> {
  const where = either(
    anyOf("customer_id", subject.customer_ids),
    anyOf("lower(email)", subject.emails),
    anyOf("order_id", subject.order_ids)
  )
  if (where.sql === "FALSE") return []
  const rows = await manager.execute<{ id: string }[]>(`SELECT id FROM tp_fb_survey WHERE ${where.sql}`, where.params)
  return rows.map((row) => row.id)
}

function kinds(subject: PersonalDataSubject, surveys: readonly string[]): PersonalRows[] {
  return [
    {
      kind: "alerts",
      table: "tp_fb_alert",
      where: either(
        anyOf("survey_id", surveys),
        anyOf("customer_id", subject.customer_ids),
        anyOf("lower(email)", subject.emails)
      ),
    },
    { kind: "survey_products", table: "tp_fb_survey_product", where: anyOf("survey_id", surveys) },
    { kind: "surveys", table: "tp_fb_survey", where: anyOf("id", surveys) },
  ]
}

export const feedbackPersonalData = { surveyIds, kinds }
