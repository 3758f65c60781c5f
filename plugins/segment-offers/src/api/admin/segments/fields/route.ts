import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FIELDS, type FieldSpec } from "../../../../modules/segment-offers/lib/facts"
import { OPERATORS } from "../../../../modules/segment-offers/lib/rules"

/**
 * The rule language: each field, its kind, its operators, whether it takes a currency, and how far it can be
 * trusted (`server`-observed or `browser`-reported), for rule builders.
 */
export async function GET(_req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const fields = Object.entries(FIELDS as Record<string, FieldSpec>).map(([name, spec]) => ({
    name,
    kind: spec.kind,
    operators: OPERATORS[spec.kind],
    currency: spec.money ?? null,
    trust: spec.trust,
  }))
  res.json({ fields, combinators: ["all", "any", "not"] })
}
