import { useCallback, useEffect, useState } from "react"
import { adminFetch } from "./admin-fetch"

/** An admin API answer: loading, loaded, or failed with Medusa's message. */
export type Loaded<T> = { state: "loading" } | { state: "loaded"; value: T } | { state: "failed"; problem: string }

/**
 * Runs `load` again whenever `key` changes or `reload` is called; a stale answer is dropped. The loader is a new
 * function each render: `key` alone says when to load again.
 */
export function useLoad<T>(key: string, load: () => Promise<T>): [Loaded<T>, () => void] {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: "loading" })
  const [revision, setRevision] = useState(0)
  useEffect(() => {
    let current = true
    setLoaded({ state: "loading" })
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

/** GETs `path` from the admin API, again whenever it changes or `reload` is called. */
export function useAdminGet<T>(path: string): [Loaded<T>, () => void] {
  return useLoad(path, () => adminFetch<T>(path))
}
