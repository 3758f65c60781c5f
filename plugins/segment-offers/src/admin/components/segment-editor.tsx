import { Button, Input, Label, Switch, Text, Textarea } from "@medusajs/ui"
import { adminFetch, ProblemText } from "@touchpoints/core/admin-kit"
import { useState } from "react"
import { ruleToTree } from "../lib/rule-tree"
import type { SegmentRecord } from "../lib/types"
import { RuleBuilder } from "./rule-builder"
import { useLivePreview } from "./use-live-preview"

/** The rule text as a builder tree, or null when it is not JSON or not a rule the builder can show. */
function treeOf(ruleText: string) {
  try {
    return ruleToTree(JSON.parse(ruleText))
  } catch {
    return null
  }
}

const EXAMPLE_RULE = { all: [{ field: "visits_without_order", op: "gte", value: 3 }] }

type Props = { segment: SegmentRecord | null; onSaved: (segment: SegmentRecord) => void; onCancel: () => void }

/** Creates or edits a segment: name, rule (JSON, validated and counted live as it is typed), mirror and email. */
export function SegmentEditor({ segment, onSaved, onCancel }: Props) {
  const [name, setName] = useState(segment?.name ?? "")
  const [ruleText, setRuleText] = useState(JSON.stringify(segment?.rule ?? EXAMPLE_RULE, null, 2))
  const [mirror, setMirror] = useState(segment?.mirror_to_group ?? false)
  const [email, setEmail] = useState(segment?.email_offer ?? false)
  const [problem, setProblem] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const live = useLivePreview(ruleText)
  const [view, setView] = useState<"builder" | "json">(() => (treeOf(ruleText) ? "builder" : "json"))
  const [viewProblem, setViewProblem] = useState<string | null>(null)
  const tree = view === "builder" ? treeOf(ruleText) : null

  const toBuilder = () => {
    try {
      JSON.parse(ruleText)
    } catch (error) {
      setViewProblem(`The JSON must be valid to switch to the builder: ${(error as Error).message}`)
      return
    }
    if (!treeOf(ruleText)) {
      setViewProblem("The builder cannot show this rule (a group or condition is malformed): fix it here first.")
      return
    }
    setViewProblem(null)
    setView("builder")
  }

  const save = async () => {
    setSaving(true)
    setProblem(null)
    try {
      const body = { name, rule: JSON.parse(ruleText), mirror_to_group: mirror, email_offer: email }
      const path = segment ? `/admin/segments/${segment.id}` : "/admin/segments"
      const saved = await adminFetch<{ segment: SegmentRecord }>(path, { method: "POST", body })
      onSaved(saved.segment)
    } catch (error) {
      setProblem((error as Error).message)
    } finally {
      setSaving(false)
    }
  }

  return (
    <form
      aria-label={segment ? `Edit segment ${segment.name}` : "New segment"}
      className="flex flex-col gap-y-4 px-6 py-4"
      onSubmit={(event) => {
        event.preventDefault()
        void save()
      }}
    >
      <div className="flex flex-col gap-y-2">
        <Label htmlFor="tp-segment-name">Name</Label>
        <Input id="tp-segment-name" value={name} onChange={(event) => setName(event.target.value)} required />
      </div>
      <div className="flex flex-col gap-y-2">
        <div className="flex items-center justify-between">
          <Label htmlFor={view === "json" ? "tp-segment-rule" : undefined} id="tp-segment-rule-label">
            {view === "json" ? "Rule (JSON: conditions combined with all / any / not)" : "Rule"}
          </Label>
          <Button
            type="button"
            size="small"
            variant="transparent"
            onClick={() => (view === "json" ? toBuilder() : setView("json"))}
          >
            {view === "json" ? "Use the builder" : "Edit as JSON"}
          </Button>
        </div>
        {viewProblem && view === "json" && <ProblemText size="small" problem={viewProblem} />}
        {tree ? (
          <RuleBuilder tree={tree} onChange={(rule) => setRuleText(JSON.stringify(rule, null, 2))} />
        ) : (
          <Textarea
            id="tp-segment-rule"
            className="font-mono"
            rows={10}
            value={ruleText}
            onChange={(event) => setRuleText(event.target.value)}
          />
        )}
        <Text size="small" role="status" aria-live="polite" data-testid="tp-segment-live-count">
          {live.state === "counting" && "Counting members..."}
          {live.state === "counted" &&
            `${live.preview.members} of ${live.preview.profiles} shoppers are in this segment now`}
          {live.state === "invalid" && live.problem}
        </Text>
      </div>
      <div className="flex items-center gap-x-2">
        <Switch id="tp-segment-mirror" checked={mirror} onCheckedChange={setMirror} />
        <Label htmlFor="tp-segment-mirror">Mirror into a customer group</Label>
      </div>
      <div className="flex items-center gap-x-2">
        <Switch id="tp-segment-email" checked={email} onCheckedChange={setEmail} />
        <Label htmlFor="tp-segment-email">Email the offer to customers who enter</Label>
      </div>
      <ProblemText size="small" problem={problem} />
      <div className="flex gap-x-2">
        <Button type="submit" isLoading={saving} disabled={live.state === "invalid"}>
          Save segment
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  )
}
