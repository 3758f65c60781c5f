import { Table, Text } from "@medusajs/ui"
import { loadedValue, Pager, ProblemText, TableHead, useAdminGet } from "@touchpoints/core/admin-kit"
import { useState } from "react"
import { formatDateTime, orderLabel } from "../lib/format"
import type { FeedbackResponse } from "../lib/types"
import { BandBadge } from "./band-badge"

const PAGE_SIZE = 20

type ResponsesPage = { responses: FeedbackResponse[]; count: number; offset: number; limit: number }

/**
 * The latest responses matching the report's filters, newest first, a page at a time (GET
 * /admin/feedback/responses). `query` holds the period and filters; the parent remounts this list when it changes.
 */
export function VerbatimList({ query }: { query: string }) {
  const [offset, setOffset] = useState(0)
  const [page] = useAdminGet<ResponsesPage>(`/admin/feedback/responses?${query}&limit=${PAGE_SIZE}&offset=${offset}`)
  if (page.state === "failed") {
    return <ProblemText size="small" className="px-6 py-4" problem={page.problem} />
  }
  const answer = loadedValue(page)
  return (
    <div aria-busy={page.state === "loading"}>
      <Table aria-label="Verbatims">
        <TableHead columns={["Answered", "Score", "Band", "Comment", "Order", "Customer", "Products"]} />
        <Table.Body>
          {answer?.responses.map((response) => (
            <Table.Row key={response.survey_id} data-survey-id={response.survey_id}>
              <Table.Cell>{formatDateTime(response.first_answered_at)}</Table.Cell>
              <Table.Cell>
                {response.nps_score}
                {response.ces_score !== null && ` (effort ${response.ces_score})`}
              </Table.Cell>
              <Table.Cell>
                <BandBadge band={response.band} />
              </Table.Cell>
              <Table.Cell className="max-w-md whitespace-normal">{response.comment || "-"}</Table.Cell>
              <Table.Cell>
                <a className="text-ui-fg-interactive hover:underline" href={`/app/orders/${response.order_id}`}>
                  {orderLabel(response)}
                </a>
              </Table.Cell>
              <Table.Cell>
                {response.customer_id ? (
                  <a className="text-ui-fg-interactive hover:underline" href={`/app/customers/${response.customer_id}`}>
                    {response.email}
                  </a>
                ) : (
                  response.email
                )}
              </Table.Cell>
              <Table.Cell className="whitespace-normal">
                {response.products.map((product) => product.title).join(", ")}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <div className="flex items-center justify-between px-6 py-4">
        <Text size="small" role="status" aria-live="polite" data-testid="tp-feedback-verbatim-range">
          {page.state === "loading" && "Loading the responses..."}
          {answer &&
            (answer.count === 0
              ? "No response matches."
              : `${offset + 1}-${offset + answer.responses.length} of ${answer.count}`)}
        </Text>
        <Pager offset={offset} pageSize={PAGE_SIZE} count={answer?.count ?? null} onChange={setOffset} />
      </div>
    </div>
  )
}
