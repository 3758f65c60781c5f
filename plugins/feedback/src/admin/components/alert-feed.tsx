import { Badge, Button, Heading, Text } from "@medusajs/ui"
import { ProblemText, useAdminMutation, useAdminQuery } from "@touchpoints/core/admin-kit"
import { useState } from "react"
import { type AlertState, loadAlertFeed, markAlertsSeen } from "../lib/alert-feed"
import { formatDateTime, orderLabel } from "../lib/format"
import type { FeedbackAlert } from "../lib/types"
import { Choice } from "./choice"

const STATES: { value: AlertState; label: string }[] = [
  { value: "open", label: "Open" },
  { value: "withdrawn", label: "Withdrawn (score raised)" },
  { value: "all", label: "All" },
]

function AlertItem({ alert, onSeen }: { alert: FeedbackAlert; onSeen: () => void }) {
  const unseen = alert.seen_at === null
  const order = orderLabel(alert)
  return (
    <li className="flex items-start justify-between gap-x-4 px-6 py-3" data-alert-id={alert.id}>
      <div className="flex flex-col gap-y-1">
        <div className="flex items-center gap-x-2">
          <Text size="small" weight="plus">
            Score {alert.nps_score}
          </Text>
          <Badge size="2xsmall" color={alert.state === "open" ? "red" : "grey"}>
            {alert.state}
          </Badge>
          {unseen && (
            <Badge size="2xsmall" color="blue">
              new
            </Badge>
          )}
        </div>
        <Text size="small">{alert.comment || "No comment yet."}</Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          <a className="text-ui-fg-interactive hover:underline" href={`/app/orders/${alert.order_id}`}>
            Order {order}
          </a>
          {` · ${alert.email} · ${formatDateTime(alert.created_at)}`}
        </Text>
      </div>
      {unseen && (
        <Button size="small" variant="secondary" aria-label={`Mark the alert of order ${order} seen`} onClick={onSeen}>
          Mark seen
        </Button>
      )}
    </li>
  )
}

/** Detractor alerts, unseen first, with how many are unseen and "Mark seen". */
export function AlertFeedSection() {
  const [state, setState] = useState<AlertState>("open")
  const [feed] = useAdminQuery(["feedback", "alerts", state], () => loadAlertFeed(state))
  // the feed loads again once the alerts are marked (every state's list: their counts change too)
  const seen = useAdminMutation(markAlertsSeen, { invalidates: [["feedback", "alerts"]] })
  const [problem, setProblem] = useState<string | null>(null)
  const markSeen = async (ids: string[]) => {
    setProblem(null)
    try {
      await seen.mutateAsync(ids)
    } catch (error) {
      setProblem((error as Error).message)
    }
  }
  const unseenIds = feed.state === "loaded" ? feed.value.alerts.filter((a) => a.seen_at === null).map((a) => a.id) : []

  return (
    <section aria-labelledby="tp-feedback-alerts" className="flex flex-col divide-y">
      <div className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h2" id="tp-feedback-alerts">
            Alerts
          </Heading>
          <Text size="small" className="text-ui-fg-subtle" role="status" data-testid="tp-feedback-unseen-count">
            {feed.state === "loaded" ? `${feed.value.unseen} unseen` : "Loading the alerts..."}
          </Text>
        </div>
        <div className="flex items-end gap-x-2">
          <div className="w-56">
            <Choice id="tp-feedback-alert-state" label="Alerts" value={state} options={STATES} onChange={setState} />
          </div>
          <Button
            size="small"
            variant="secondary"
            disabled={!unseenIds.length}
            onClick={() => void markSeen(unseenIds)}
          >
            Mark all seen
          </Button>
        </div>
      </div>
      {(problem || feed.state === "failed") && (
        <ProblemText
          size="small"
          className="px-6 py-4"
          problem={problem ?? (feed.state === "failed" ? feed.problem : "")}
        />
      )}
      {feed.state === "loaded" &&
        (feed.value.alerts.length ? (
          <ul aria-label="Alert feed" className="divide-y">
            {feed.value.alerts.map((alert) => (
              <AlertItem key={alert.id} alert={alert} onSeen={() => void markSeen([alert.id])} />
            ))}
          </ul>
        ) : (
          <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
            No alert: no detractor answered lately.
          </Text>
        ))}
    </section>
  )
}
