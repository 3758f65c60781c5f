import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { PageTitle, ProblemText, useAdminGet } from "@touchpoints/core/admin-kit"
import { useState } from "react"
import { AlertFeedSection } from "../../components/alert-feed"
import { ReportControls } from "../../components/report-controls"
import { ReportGroups } from "../../components/report-groups"
import { ReportSummary } from "../../components/report-summary"
import { VerbatimList } from "../../components/verbatim-list"
import { NO_FILTERS, type ReportView, reportQuery } from "../../lib/report-query"
import type { Report } from "../../lib/types"

/**
 * The feedback report for a period with its filters and groups, the verbatims a page at a time, the CSV export
 * of the same responses and the detractor alert feed.
 */
const FeedbackPage = () => {
  const [view, setView] = useState<ReportView>({ days: 30, groupBy: "week", filters: NO_FILTERS, to: new Date() })
  const query = reportQuery(view)
  const [report] = useAdminGet<{ report: Report }>(`/admin/feedback/report?${query}&group_by=${view.groupBy}`)
  // the verbatims are the responses with a comment unless the filter says otherwise, as in the report
  const verbatimQuery = reportQuery(view, { has_comment: view.filters.has_comment || "true" })

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-4 px-6 py-4">
        <PageTitle
          className="flex flex-wrap items-start justify-between gap-4"
          title="Feedback"
          description="Net Promoter Score (0-10, higher is better) and effort (1-5, lower is better) from the post-purchase survey."
          actions={
            <a
              className="txt-compact-small-plus text-ui-fg-interactive hover:underline"
              href={`/admin/feedback/report?format=csv&${query}`}
              download
            >
              Download CSV
            </a>
          }
        />
        <ReportControls view={view} onChange={setView} />
      </Container>
      <Container className="flex flex-col gap-y-4 px-6 py-4" aria-busy={report.state === "loading"}>
        <Heading level="h2">Report</Heading>
        {report.state === "loading" && <Text size="small">Loading the report...</Text>}
        {report.state === "failed" && <ProblemText size="small" problem={report.problem} />}
        {report.state === "loaded" && <ReportSummary report={report.value.report} />}
      </Container>
      {report.state === "loaded" && report.value.report.groups && report.value.report.groups.rows.length > 0 && (
        <Container className="divide-y p-0">
          <div className="px-6 py-4">
            <Heading level="h2">By {report.value.report.groups.by}</Heading>
          </div>
          <ReportGroups by={report.value.report.groups.by} rows={report.value.report.groups.rows} />
        </Container>
      )}
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Verbatims</Heading>
        </div>
        <VerbatimList key={verbatimQuery} query={verbatimQuery} />
      </Container>
      <Container className="p-0">
        <AlertFeedSection />
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Feedback", icon: ChatBubbleLeftRight })

export default FeedbackPage
