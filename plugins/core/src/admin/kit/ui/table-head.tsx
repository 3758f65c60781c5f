import { Table } from "@medusajs/ui"

/** A table's header row: one cell per column name ("" for a column of buttons). */
export function TableHead({ columns }: { columns: readonly string[] }) {
  return (
    <Table.Header>
      <Table.Row>
        {columns.map((column, index) => (
          // a column's place is its identity: names may repeat ("") and never move
          <Table.HeaderCell key={index}>{column}</Table.HeaderCell>
        ))}
      </Table.Row>
    </Table.Header>
  )
}
