import { adminFetch } from "@touchpoints/core/admin-kit"
import type { FeedbackAlert } from "./types"

const LIMIT = 50

export type AlertState = "open" | "withdrawn" | "all"

export type AlertFeed = { alerts: FeedbackAlert[]; unseen: number }

type AlertPage = { alerts: FeedbackAlert[]; count: number }

/**
 * The alert feed with the unseen alerts first (the API lists newest first; its `unseen=true` list gives the
 * unseen ones and their count), then the latest seen ones.
 */
export async function loadAlertFeed(state: AlertState): Promise<AlertFeed> {
  const stateQuery = state === "all" ? "" : `&state=${state}`
  const [unseen, latest] = await Promise.all([
    adminFetch<AlertPage>(`/admin/feedback/alerts?unseen=true&limit=${LIMIT}${stateQuery}`),
    adminFetch<AlertPage>(`/admin/feedback/alerts?limit=${LIMIT}${stateQuery}`),
  ])
  const seen = latest.alerts.filter((alert) => alert.seen_at !== null)
  return { alerts: [...unseen.alerts, ...seen], unseen: unseen.count }
}

/** Marks alerts seen (POST /admin/feedback/alerts/seen). */
export async function markAlertsSeen(ids: string[]): Promise<void> {
  await adminFetch("/admin/feedback/alerts/seen", { method: "POST", body: { ids } })
}
