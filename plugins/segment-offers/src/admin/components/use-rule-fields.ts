import { adminFetch } from "@touchpoints/core/admin-kit"
import { useEffect, useState } from "react"
import type { FieldInfo } from "../lib/rule-tree"
import { useStoreCurrency } from "./use-store-currency"

/** The rule language's fields (from the API) and the store's default currency for new money conditions. */
export function useRuleFields() {
  const [fields, setFields] = useState<FieldInfo[] | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const currency = useStoreCurrency()
  useEffect(() => {
    adminFetch<{ fields: FieldInfo[] }>("/admin/segments/fields")
      .then((body) => setFields(body.fields))
      .catch((error: Error) => setProblem(error.message))
  }, [])
  return { fields, currency, problem }
}
