import { Text } from "@medusajs/ui"
import { BarChart, Figure, LineChart } from "@touchpoints/core/admin-kit"
import type { Report } from "../lib/types"

const withPercent = (count: number, percent: number | null) => (percent === null ? count : `${count} (${percent}%)`)

/** The report's headline figures, the NPS trend as a line and both score distributions as bars. */
export function ReportSummary({ report }: { report: Report }) {
  const passivePercent = report.responses === 0 ? null : Math.round((report.passives * 1000) / report.responses) / 10
  return (
    <div className="flex flex-col gap-y-4">
      <dl className="flex flex-wrap gap-x-10 gap-y-2">
        <Figure name="NPS" value={report.nps} />
        <Figure name="Promoters" value={withPercent(report.promoters, report.promoter_percent)} />
        <Figure name="Passives" value={withPercent(report.passives, passivePercent)} />
        <Figure name="Detractors" value={withPercent(report.detractors, report.detractor_percent)} />
        <Figure name="Responses" value={report.responses} />
        <Figure name="Effort (CES, 1 = easy)" value={report.ces_average} />
        <Figure name="Response rate %" value={report.response_rate} />
        <Figure name="Surveys offered" value={report.surveys_offered} />
      </dl>
      {report.responses === 0 ? (
        <Text size="small" className="text-ui-fg-subtle">
          No response in this period matches the filters.
        </Text>
      ) : (
        <div className="flex flex-wrap gap-x-10 gap-y-4">
          <LineChart
            label={`NPS trend by ${report.trend.by}`}
            points={report.trend.points.map((point) => ({ label: point.label, value: point.nps }))}
          />
          <BarChart
            label="Score distribution, 0 to 10"
            bars={report.nps_distribution.map((bar) => ({ label: `score ${bar.score}`, value: bar.count }))}
          />
          <BarChart
            label="Effort distribution, 1 (very little) to 5 (a great deal)"
            bars={report.ces_distribution.map((bar) => ({ label: `effort ${bar.score}`, value: bar.count }))}
          />
        </div>
      )}
    </div>
  )
}
