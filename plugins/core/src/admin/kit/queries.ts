import {
  keepPreviousData,
  type QueryKey,
  type UseMutationResult,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"
import { useCallback } from "react"
import { type AdminApiError, adminFetch } from "./client"

/** An admin API answer as a page shows it: loading, loaded, or failed with Medusa's message. */
export type Loaded<T> = { state: "loading" } | { state: "loaded"; value: T } | { state: "failed"; problem: string }

/** Every Touchpoints query key starts with this, so ours never meet the dashboard's own keys. */
const ROOT = "touchpoints"

const keyOf = (key: QueryKey): QueryKey => [ROOT, ...key]

export type AdminQueryOptions = {
  /** Keep the last answer on screen while a new key loads (paging, filters), rather than "loading". */
  keepPrevious?: boolean
  /** Load only when true (e.g. once the customer has an email address). */
  enabled?: boolean
}

/**
 * Loads `load` (an admin API path, or a function of several calls) under `key` with the dashboard's react-query
 * client, and answers it as a `Loaded` plus a reload. Unlike the dashboard's defaults, every mount asks again
 * (the figures change behind the page) and a failure shows at once (no retry: the message is what matters).
 * Writes made with `useAdminMutation` mark the keys they name stale, so what shows them loads again.
 */
export function useAdminQuery<T>(
  key: QueryKey,
  load: string | (() => Promise<T>),
  options: AdminQueryOptions = {}
): [Loaded<T>, () => void] {
  const query = useQuery<T, AdminApiError>({
    queryKey: keyOf(key),
    queryFn: typeof load === "string" ? () => adminFetch<T>(load) : load,
    staleTime: 0,
    retry: false,
    enabled: options.enabled ?? true,
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
  })
  const { refetch } = query
  const reload = useCallback(() => void refetch(), [refetch])
  // an answer cached before this mount is not shown (a form would start from stale values): loading until the
  // mount's own answer; a reload keeps the answer on screen until the new one arrives
  const current = query.isFetchedAfterMount || (options.keepPrevious === true && query.status === "success")
  if (!current) return [{ state: "loading" }, reload]
  if (query.status === "error") return [{ state: "failed", problem: query.error.message }, reload]
  if (query.status === "success") return [{ state: "loaded", value: query.data }, reload]
  return [{ state: "loading" }, reload]
}

/** A GET of `path` keyed by the path itself: the short form for one call. */
export function useAdminGet<T>(path: string, options: AdminQueryOptions = {}): [Loaded<T>, () => void] {
  return useAdminQuery<T>([path], path, options)
}

/**
 * A write (`send`) that, once it succeeds, marks the queries under each of `invalidates` stale, so every page
 * and widget showing them loads again. `mutateAsync` throws the API's error for the form to show.
 */
export function useAdminMutation<TInput, TAnswer = unknown>(
  send: (input: TInput) => Promise<TAnswer>,
  { invalidates = [] }: { invalidates?: QueryKey[] } = {}
): UseMutationResult<TAnswer, AdminApiError, TInput> {
  const client = useQueryClient()
  return useMutation<TAnswer, AdminApiError, TInput>({
    mutationFn: send,
    onSuccess: () => Promise.all(invalidates.map((key) => client.invalidateQueries({ queryKey: keyOf(key) }))),
  })
}

/** Marks the queries under `key` stale (they load again where shown): for a write the page makes by hand. */
export function useInvalidate(): (key: QueryKey) => Promise<void> {
  const client = useQueryClient()
  return useCallback((key: QueryKey) => client.invalidateQueries({ queryKey: keyOf(key) }), [client])
}

/** The answer, or null while it loads or after a failure. */
export function loadedValue<T>(loaded: Loaded<T>): T | null {
  return loaded.state === "loaded" ? loaded.value : null
}

/** Medusa's message when the load failed, else null. */
export function loadProblem(loaded: Loaded<unknown>): string | null {
  return loaded.state === "failed" ? loaded.problem : null
}
