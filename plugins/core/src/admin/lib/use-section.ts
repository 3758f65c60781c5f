import { useEffect, useState } from "react"

/** A section's figures: loading, loaded (null when its plugin is not installed) or failed with a message. */
export type SectionState<T> =
  | { state: "loading" }
  | { state: "loaded"; value: T }
  | { state: "failed"; problem: string }

/** Loads one overview section, again whenever `key` (the period) changes; a stale answer is dropped. */
export function useSection<T>(key: number, load: () => Promise<T>): SectionState<T> {
  const [section, setSection] = useState<SectionState<T>>({ state: "loading" })
  // the loader is a new function each render: the period (key) alone decides when to load again
  useEffect(() => {
    let current = true
    setSection({ state: "loading" })
    load()
      .then((value) => current && setSection({ state: "loaded", value }))
      .catch((error: Error) => current && setSection({ state: "failed", problem: error.message }))
    return () => {
      current = false
    }
  }, [key])
  return section
}
