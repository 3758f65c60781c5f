import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { ProblemText, useAdminGet } from "@touchpoints/core/admin-kit"
import type { ReactNode } from "react"
import { BandBadge } from "../components/band-badge"
import { formatDateTime } from "../lib/format"
import { describeSurveyState } from "../lib/survey-state"
import type { OrderSurvey } from "../lib/types"

function Row({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-2 items-start gap-x-4 px-6 py-3">
      <dt>
        <Text size="small" weight="plus" className="text-ui-fg-subtle">
          {name}
        </Text>
      </dt>
      <dd>
        <Text size="small" data-survey-field={name}>
          {children}
        </Text>
      </dd>
    </div>
  )
}

function SurveyDetails({ survey }: { survey: OrderSurvey }) {
  const { answers } = survey
  return (
    <dl className="divide-y">
      <Row name="Survey">{describeSurveyState(survey)}</Row>
      <Row name="Score (NPS)">
        {answers.nps_score === null ? (
          "Not answered yet"
        ) : (
          <span className="inline-flex items-center gap-x-2">
            {answers.nps_score} of 10 {survey.band && <BandBadge band={survey.band} />}
          </span>
        )}
      </Row>
      <Row name="Effort (CES, 1 = easy)">{answers.ces_score === null ? "-" : `${answers.ces_score} of 5`}</Row>
      {survey.follow_up_question && <Row name="Question asked">{survey.follow_up_question}</Row>}
      <Row name="Comment">{answers.comment || "-"}</Row>
      <Row name="Answered">{formatDateTime(survey.answered_at)}</Row>
    </dl>
  )
}

/** The order's post-purchase survey on Medusa's order page: how it was offered and what the customer answered. */
const OrderFeedbackWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const [answer] = useAdminGet<{ survey: OrderSurvey | null }>(`/admin/feedback/orders/${order.id}`)
  return (
    <Container className="divide-y p-0" aria-busy={answer.state === "loading"} data-testid="tp-order-feedback">
      <div className="px-6 py-4">
        <Heading level="h2">Feedback survey</Heading>
      </div>
      {answer.state === "loading" && (
        <Text size="small" className="px-6 py-4">
          Loading the survey...
        </Text>
      )}
      {answer.state === "failed" && <ProblemText size="small" className="px-6 py-4" problem={answer.problem} />}
      {answer.state === "loaded" &&
        (answer.value.survey ? (
          <SurveyDetails survey={answer.value.survey} />
        ) : (
          <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
            No survey for this order yet.
          </Text>
        ))}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.after" })

export default OrderFeedbackWidget
