import { Button } from "@medusajs/ui"

/**
 * "Previous" and "Next" (or other `labels`) over a list read `pageSize` at a time from `offset`; "Next" waits
 * for the `count` (null while the first page loads).
 */
export function Pager({
  offset,
  pageSize,
  count,
  onChange,
  labels = ["Previous", "Next"],
}: {
  offset: number
  pageSize: number
  count: number | null
  onChange: (offset: number) => void
  labels?: [string, string]
}) {
  return (
    <div className="flex gap-x-2">
      <Button
        size="small"
        variant="secondary"
        disabled={offset === 0}
        onClick={() => onChange(Math.max(0, offset - pageSize))}
      >
        {labels[0]}
      </Button>
      <Button
        size="small"
        variant="secondary"
        disabled={count === null || offset + pageSize >= count}
        onClick={() => onChange(offset + pageSize)}
      >
        {labels[1]}
      </Button>
    </div>
  )
}
