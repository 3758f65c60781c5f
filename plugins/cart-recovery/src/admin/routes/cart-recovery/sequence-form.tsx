import { Button, Checkbox, Input, Label, Table, Text } from "@medusajs/ui"
import { adminFetch, ProblemText, TableHead } from "@touchpoints/core/admin-kit"
import { useState } from "react"
import type { Settings } from "../../lib/types"

const MAX_STEPS = 5

/** A step as typed (strings, so a half-typed number stays editable); the API checks the values. */
type StepDraft = { delay: string; incentive: string }

const draftOf = (settings: Settings) => ({
  steps: settings.steps.map((step) => ({
    delay: String(step.delay_hours),
    incentive: step.incentive_percent === null ? "" : String(step.incentive_percent),
  })),
  requireConsent: settings.require_consent,
  maxAge: String(settings.max_cart_age_days),
  recoveryUrl: settings.recovery_url,
})

/** An empty field is sent as-is for the API to name, never silently turned into 0. */
const numberOf = (value: string) => (value.trim() === "" ? value : Number(value))

/**
 * The reminder sequence as an editable table (delay and incentive per reminder, add and remove) with the rules,
 * saved through the admin API (its message shown inline), and a reset back to the plugin's options.
 */
export function SequenceForm({
  settings,
  sentAt,
  onSaved,
}: {
  settings: Settings
  sentAt: (step: number) => number
  onSaved: (saved: Settings) => void
}) {
  const [draft, setDraft] = useState(() => draftOf(settings))
  const [problem, setProblem] = useState<string | null>(null)
  const [status, setStatus] = useState("")

  const edit = (next: Partial<typeof draft>) => {
    setStatus("")
    setDraft({ ...draft, ...next })
  }
  const editStep = (index: number, field: keyof StepDraft, value: string) =>
    edit({ steps: draft.steps.map((step, i) => (i === index ? { ...step, [field]: value } : step)) })
  const addStep = () => {
    const last = Number(draft.steps.at(-1)?.delay ?? 0)
    edit({ steps: [...draft.steps, { delay: String((Number.isFinite(last) ? last : 0) + 24), incentive: "" }] })
  }

  const answer = async (call: Promise<{ settings: Settings }>, done: string) => {
    setProblem(null)
    try {
      const { settings: saved } = await call
      setDraft(draftOf(saved))
      setStatus(done)
      onSaved(saved)
    } catch (error) {
      setProblem((error as Error).message)
    }
  }
  const save = () =>
    answer(
      adminFetch("/admin/cart-recovery/settings", {
        method: "POST",
        body: {
          steps: draft.steps.map((step) => ({
            delay_hours: numberOf(step.delay),
            incentive_percent: step.incentive.trim() === "" ? null : numberOf(step.incentive),
          })),
          require_consent: draft.requireConsent,
          max_cart_age_days: numberOf(draft.maxAge),
          recovery_url: draft.recoveryUrl,
        },
      }),
      "Saved: the next scan uses this sequence."
    )
  const reset = () =>
    answer(adminFetch("/admin/cart-recovery/settings", { method: "DELETE" }), "Back to the plugin's options.")

  return (
    <form
      aria-label="Reminder settings"
      className="flex flex-col"
      onSubmit={(event) => {
        event.preventDefault()
        void save()
      }}
    >
      <Table aria-label="Reminder sequence">
        <TableHead
          columns={[
            "Reminder",
            "After inactivity (hours)",
            "Incentive (% off, empty for none)",
            "Sent, last 30 days",
            "",
          ]}
        />
        <Table.Body>
          {draft.steps.map((step, index) => (
            // a reminder has no identity but its position in the sequence
            <Table.Row key={index}>
              <Table.Cell>{index + 1}</Table.Cell>
              <Table.Cell>
                <Input
                  size="small"
                  type="number"
                  step="any"
                  aria-label={`Reminder ${index + 1} delay in hours`}
                  value={step.delay}
                  onChange={(event) => editStep(index, "delay", event.target.value)}
                />
              </Table.Cell>
              <Table.Cell>
                <Input
                  size="small"
                  type="number"
                  step="any"
                  aria-label={`Reminder ${index + 1} incentive percent`}
                  placeholder="none"
                  value={step.incentive}
                  onChange={(event) => editStep(index, "incentive", event.target.value)}
                />
              </Table.Cell>
              <Table.Cell>{sentAt(index + 1)}</Table.Cell>
              <Table.Cell>
                <Button
                  type="button"
                  size="small"
                  variant="transparent"
                  disabled={draft.steps.length === 1}
                  onClick={() => edit({ steps: draft.steps.filter((_, i) => i !== index) })}
                >
                  {`Remove reminder ${index + 1}`}
                </Button>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <div className="flex flex-col gap-y-3 px-6 py-4">
        <div>
          <Button
            type="button"
            size="small"
            variant="secondary"
            disabled={draft.steps.length >= MAX_STEPS}
            onClick={addStep}
          >
            Add reminder
          </Button>
        </div>
        <div className="flex items-center gap-x-2">
          <Checkbox
            id="tp-cr-require-consent"
            checked={draft.requireConsent}
            onCheckedChange={(checked) => edit({ requireConsent: checked === true })}
          />
          <Label htmlFor="tp-cr-require-consent">Only to shoppers who opted in to reminders</Label>
        </div>
        <div className="flex gap-x-3">
          <div className="flex w-48 flex-col gap-y-1">
            <Label htmlFor="tp-cr-max-age">Carts up to (days old)</Label>
            <Input
              id="tp-cr-max-age"
              type="number"
              value={draft.maxAge}
              onChange={(event) => edit({ maxAge: event.target.value })}
            />
          </div>
          <div className="flex flex-1 flex-col gap-y-1">
            <Label htmlFor="tp-cr-recovery-url">Recovery link ({"{token}"} is replaced)</Label>
            <Input
              id="tp-cr-recovery-url"
              value={draft.recoveryUrl}
              onChange={(event) => edit({ recoveryUrl: event.target.value })}
            />
          </div>
        </div>
        <ProblemText size="small" problem={problem} />
        <div className="flex items-center gap-x-3">
          <Button type="submit" size="small">
            Save sequence
          </Button>
          <Button type="button" size="small" variant="secondary" onClick={() => void reset()}>
            Reset to defaults
          </Button>
          <Text size="small" role="status">
            {status}
          </Text>
        </div>
      </div>
    </form>
  )
}
