import { adminFetch } from "@touchpoints/core/admin-kit"
import { useEffect, useState } from "react"
import type { Preview } from "../lib/types"

/** What the rule editor shows under the rule: the live member count, a problem, or that it is counting. */
export type LivePreview =
  | { state: "counting" }
  | { state: "counted"; preview: Preview }
  | { state: "invalid"; problem: string }

const DEBOUNCE_MS = 400

/** Counts the members of a rule being typed (JSON text), at most once per pause in typing. */
export function useLivePreview(ruleText: string): LivePreview {
  const [result, setResult] = useState<LivePreview>({ state: "counting" })
  useEffect(() => {
    let parsed: unknown
    try {
      parsed = JSON.parse(ruleText)
    } catch (error) {
      setResult({ state: "invalid", problem: `Not JSON yet: ${(error as Error).message}` })
      return
    }
    let current = true
    setResult({ state: "counting" })
    const timer = setTimeout(() => {
      adminFetch<Preview>("/admin/segments/preview", { method: "POST", body: { rule: parsed, sample: 3 } })
        .then((preview) => current && setResult({ state: "counted", preview }))
        .catch((error: Error) => current && setResult({ state: "invalid", problem: error.message }))
    }, DEBOUNCE_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [ruleText])
  return result
}
