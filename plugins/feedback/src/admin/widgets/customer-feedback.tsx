import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { Pager, ProblemText, TableHead, useAdminGet } from "@touchpoints/core/admin-kit"
import { useState } from "react"
import { Link } from "react-router-dom"
import { BandBadge } from "../components/band-badge"
import { formatDateTime, orderLabel } from "../lib/format"
import { describeSurveyState } from "../lib/survey-state"
import type { OrderSurvey } from "../lib/types"

const PAGE = 5

type CustomerSurveys = { surveys: OrderSurvey[]; count: number; offset: number; limit: number }

function Score({ survey }: { survey: OrderSurvey }) {
  if (survey.answers.nps_score === null) {
    const offered = survey.state === "sent" || survey.state === "inline" || survey.state === "sending"
    return (
      <>{offered ? `Not answered yet (${describeSurveyState(survey).toLowerCase()})` : describeSurveyState(survey)}</>
    )
  }
  return (
    <span className="inline-flex items-center gap-x-2">
      {survey.answers.nps_score} of 10 {survey.band && <BandBadge band={survey.band} />}
    </span>
  )
}

/** What the customer answered: the comment under the question their score's band asked. */
function Comment({ survey }: { survey: OrderSurvey }) {
  if (survey.answers.nps_score === null) return <>-</>
  return (
    <span className="flex flex-col">
      {survey.follow_up_question && <span className="text-ui-fg-subtle">{survey.follow_up_question}</span>}
      <span>{survey.answers.comment || "No comment"}</span>
    </span>
  )
}

/** The customer's post-purchase surveys on Medusa's customer page, newest first, a page at a time. */
const CustomerFeedbackWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const [offset, setOffset] = useState(0)
  const [answer] = useAdminGet<CustomerSurveys>(
    `/admin/feedback/customers/${customer.id}?limit=${PAGE}&offset=${offset}`
  )
  return (
    <Container className="divide-y p-0" aria-busy={answer.state === "loading"} data-testid="tp-customer-feedback">
      <div className="px-6 py-4">
        <Heading level="h2">Feedback given</Heading>
      </div>
      {answer.state === "loading" && (
        <Text size="small" className="px-6 py-4">
          Loading the surveys...
        </Text>
      )}
      {answer.state === "failed" && <ProblemText size="small" className="px-6 py-4" problem={answer.problem} />}
      {answer.state === "loaded" && answer.value.count === 0 && (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          No surveys for this customer yet.
        </Text>
      )}
      {answer.state === "loaded" && answer.value.count > 0 && (
        <>
          <Table aria-label="Surveys">
            <TableHead columns={["Order", "Date", "Score (NPS)", "Effort", "Answer"]} />
            <Table.Body>
              {answer.value.surveys.map((survey) => (
                <Table.Row key={survey.id} data-survey-id={survey.id}>
                  <Table.Cell>
                    <Link to={`/orders/${survey.order.id}`} className="text-ui-fg-interactive">
                      {orderLabel({ order_id: survey.order.id, order_display_id: survey.order.display_id })}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{formatDateTime(survey.answered_at ?? survey.started_at)}</Table.Cell>
                  <Table.Cell>
                    <Score survey={survey} />
                  </Table.Cell>
                  <Table.Cell>
                    {survey.answers.ces_score === null ? "-" : `${survey.answers.ces_score} of 5`}
                  </Table.Cell>
                  <Table.Cell className="whitespace-normal">
                    <Comment survey={survey} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <div className="flex items-center justify-between px-6 py-3">
            <Text size="small" className="text-ui-fg-subtle">
              {`${offset + 1}-${offset + answer.value.surveys.length} of ${answer.value.count} surveys`}
            </Text>
            <Pager
              offset={offset}
              pageSize={PAGE}
              count={answer.value.count}
              onChange={setOffset}
              labels={["Newer", "Older"]}
            />
          </div>
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerFeedbackWidget
