import { loadedValue, loadProblem, useAdminGet } from "@touchpoints/core/admin-kit"
import type { FieldInfo } from "../lib/rule-tree"
import { useStoreCurrency } from "./use-store-currency"

/** The rule language's fields (from the API) and the store's default currency for new money conditions. */
export function useRuleFields() {
  const [answer] = useAdminGet<{ fields: FieldInfo[] }>("/admin/segments/fields")
  const currency = useStoreCurrency()
  return { fields: loadedValue(answer)?.fields ?? null, currency, problem: loadProblem(answer) }
}
