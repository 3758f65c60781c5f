import { useCallback, useEffect, useState } from "react"

/** An admin API answer: loading, loaded, or failed with Medusa's message. */
export type Loaded<T> = { state: "loading" } | { state: "loaded"; value: T } | { state: "failed"; problem: string }

/**
 * Runs `load` again whenever `key` changes or `reload` is called; a stale answer is dropped. A reload keeps the
 * answer on screen until the new one arrives (no flicker after a save). `key` alone says when to load again.
 */
export function useLoad<T>(key: string, load: () => Promise<T>): [Loaded<T>, () => void] {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: "loading" })
  const [revision, setRevision] = useState(0)
  useEffect(() => {
    let current = true
    load()
      .then((value) => current && setLoaded({ state: "loaded", value }))
      .catch((error: Error) => current && setLoaded({ state: "failed", problem: error.message }))
    return () => {
      current = false
    }
  }, [key, revision])
  const reload = useCallback(() => setRevision((value) => value + 1), [])
  return [loaded, reload]
}
