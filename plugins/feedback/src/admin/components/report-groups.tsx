import { Table } from "@medusajs/ui"
import { TableHead } from "@touchpoints/core/admin-kit"
import type { ReportGroup } from "../lib/types"

const GROUP_NAMES = { week: "Week of", month: "Month of", product: "Product", category: "Category" } as const

/** The report's groups (by week, month, product or category), one row each with its NPS, bands and effort. */
export function ReportGroups({ by, rows }: { by: keyof typeof GROUP_NAMES; rows: ReportGroup[] }) {
  return (
    <Table aria-label={`Feedback by ${by}`}>
      <TableHead
        columns={[GROUP_NAMES[by], "Responses", "NPS", "Promoters", "Passives", "Detractors", "Effort (CES)"]}
      />
      <Table.Body>
        {rows.map((row) => (
          <Table.Row key={row.key}>
            <Table.Cell>{row.label}</Table.Cell>
            <Table.Cell>{row.responses}</Table.Cell>
            <Table.Cell>{row.nps ?? "-"}</Table.Cell>
            <Table.Cell>{row.promoters}</Table.Cell>
            <Table.Cell>{row.passives}</Table.Cell>
            <Table.Cell>{row.detractors}</Table.Cell>
            <Table.Cell>{row.ces_average ?? "-"}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
