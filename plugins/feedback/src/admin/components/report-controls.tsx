import { Button } from "@medusajs/ui"
import { TextField } from "@touchpoints/core/admin-kit"
import { useState } from "react"
import { NO_FILTERS, type ReportFilters, type ReportView } from "../lib/report-query"
import type { Band, GroupBy } from "../lib/types"
import { Choice } from "./choice"

const PERIODS = [7, 30, 90, 365]
const GROUP_BY: { value: GroupBy; label: string }[] = [
  { value: "week", label: "Week" },
  { value: "month", label: "Month" },
  { value: "product", label: "Product" },
  { value: "category", label: "Category" },
]
// Medusa UI's select cannot hold an empty value: "any" stands for no filter
const BANDS: { value: Band | "any"; label: string }[] = [
  { value: "any", label: "Any band" },
  { value: "detractor", label: "Detractors (0-6)" },
  { value: "passive", label: "Passives (7-8)" },
  { value: "promoter", label: "Promoters (9-10)" },
]
const COMMENTS: { value: "true" | "false" | "any"; label: string }[] = [
  { value: "any", label: "With or without" },
  { value: "true", label: "With a comment" },
  { value: "false", label: "Without a comment" },
]

/**
 * The period and grouping (applied when chosen) and the filters (applied together with "Apply filters" or Enter,
 * so typing asks the server nothing).
 */
export function ReportControls({ view, onChange }: { view: ReportView; onChange: (view: ReportView) => void }) {
  const [draft, setDraft] = useState<ReportFilters>(view.filters)
  const edit = (name: keyof ReportFilters) => (value: string) => setDraft((filters) => ({ ...filters, [name]: value }))
  const apply = (filters: ReportFilters) => onChange({ ...view, filters, to: new Date() })

  return (
    <form
      aria-label="Report filters"
      className="flex flex-col gap-y-3"
      onSubmit={(event) => {
        event.preventDefault()
        apply(draft)
      }}
    >
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Choice
          id="tp-feedback-period"
          label="Period"
          value={String(view.days)}
          options={PERIODS.map((days) => ({ value: String(days), label: `Last ${days} days` }))}
          onChange={(days) => onChange({ ...view, days: Number(days), to: new Date() })}
        />
        <Choice
          id="tp-feedback-group-by"
          label="Group by"
          value={view.groupBy}
          options={GROUP_BY}
          onChange={(groupBy) => onChange({ ...view, groupBy, to: new Date() })}
        />
        <Choice
          id="tp-feedback-band"
          label="Band"
          value={draft.band || "any"}
          options={BANDS}
          onChange={(band) => edit("band")(band === "any" ? "" : band)}
        />
        <Choice
          id="tp-feedback-has-comment"
          label="Comment"
          value={draft.has_comment || "any"}
          options={COMMENTS}
          onChange={(hasComment) => edit("has_comment")(hasComment === "any" ? "" : hasComment)}
        />
        <TextField id="tp-feedback-q" label="Comment contains" value={draft.q} onChange={edit("q")} />
        <TextField id="tp-feedback-product" label="Product id" value={draft.product_id} onChange={edit("product_id")} />
        <TextField
          id="tp-feedback-category"
          label="Category id"
          value={draft.category_id}
          onChange={edit("category_id")}
        />
        <div className="flex items-end gap-x-2">
          <Button type="submit" size="small">
            Apply filters
          </Button>
          <Button
            type="button"
            size="small"
            variant="transparent"
            onClick={() => {
              setDraft(NO_FILTERS)
              apply(NO_FILTERS)
            }}
          >
            Clear
          </Button>
        </div>
      </div>
    </form>
  )
}
