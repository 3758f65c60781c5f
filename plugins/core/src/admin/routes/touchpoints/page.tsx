import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { type ReactNode, useMemo, useState } from "react"
import {
  BarChart,
  Figure,
  LineChart,
  type Loaded,
  PageTitle,
  PeriodSelect,
  ProblemText,
  useAdminQuery,
} from "../../kit"
import {
  loadAlsoBought,
  loadCartRecovery,
  loadFeedback,
  loadNextSteps,
  loadOffers,
  loadWishlist,
  periodOf,
} from "../../lib/overview"

const PERIODS = [7, 30, 90, 365]

const money = (amounts: { currency_code: string; amount: number }[]) =>
  amounts.length ? amounts.map((a) => `${a.amount.toFixed(2)} ${a.currency_code.toUpperCase()}`).join(", ") : "0"

/** A touchpoint's box: its figures once loaded, nothing when its plugin is not installed. */
function Section<T>({
  title,
  section,
  children,
}: {
  title: string
  section: Loaded<T | null>
  children: (value: T) => ReactNode
}) {
  if (section.state === "loaded" && section.value === null) return null
  return (
    <Container className="flex flex-col gap-y-4 px-6 py-4" aria-busy={section.state === "loading"}>
      <Heading level="h2">{title}</Heading>
      {section.state === "loading" && <Text size="small">Loading the figures...</Text>}
      {section.state === "failed" && <ProblemText size="small" problem={section.problem} />}
      {section.state === "loaded" && section.value !== null && children(section.value)}
    </Container>
  )
}

const Row = ({ children }: { children: ReactNode }) => <dl className="flex flex-wrap gap-x-10 gap-y-2">{children}</dl>

/** Touchpoints overview: each touchpoint's headline figures for a period, with trends and distributions. */
const TouchpointsOverviewPage = () => {
  const [days, setDays] = useState(30)
  const period = useMemo(() => periodOf(days), [days])
  const [feedback] = useAdminQuery(["overview", "feedback", days], () => loadFeedback(period))
  const [offers] = useAdminQuery(["overview", "offers", days], () => loadOffers(period))
  const [cartRecovery] = useAdminQuery(["overview", "cartRecovery", days], () => loadCartRecovery(period))
  const [wishlist] = useAdminQuery(["overview", "wishlist", days], () => loadWishlist(period))
  const [nextSteps] = useAdminQuery(["overview", "nextSteps", days], () => loadNextSteps())
  const [alsoBought] = useAdminQuery(["overview", "alsoBought", days], () => loadAlsoBought(period))

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="px-6 py-4">
        <PageTitle
          title="Touchpoints"
          description="What each touchpoint did for the shop, from the plugins' own reports."
          actions={<PeriodSelect days={days} periods={PERIODS} onChange={setDays} />}
        />
      </Container>
      <Section title="Feedback" section={feedback}>
        {(report) => (
          <>
            <Row>
              <Figure name="NPS" value={report.nps} />
              <Figure name="Effort (CES, 1 = easy)" value={report.ces_average} />
              <Figure name="Responses" value={report.responses} />
              <Figure name="Response rate %" value={report.response_rate} />
            </Row>
            <div className="flex flex-wrap gap-x-10">
              <LineChart
                label="NPS trend"
                points={report.trend.map((point) => ({ label: point.label, value: point.nps }))}
              />
              <BarChart
                label="Score distribution, 0 to 10"
                bars={report.nps_distribution.map((bar) => ({ label: `score ${bar.score}`, value: bar.count }))}
              />
            </div>
          </>
        )}
      </Section>
      <Section title="Segment offers" section={offers}>
        {(funnel) => (
          <>
            <Row>
              <Figure name="Offers shown" value={funnel.totals.shown} />
              <Figure name="Offers clicked" value={funnel.totals.clicked} />
              <Figure name="Offers applied" value={funnel.totals.applied} />
              <Figure name="Offers redeemed" value={funnel.totals.redeemed} />
            </Row>
            {funnel.bySegment.length > 0 && (
              <BarChart
                label="Offers applied per segment"
                bars={funnel.bySegment.map((row) => ({ label: row.label, value: row.applied }))}
              />
            )}
          </>
        )}
      </Section>
      <Section title="Others also bought" section={alsoBought}>
        {(funnel) => (
          <>
            <Row>
              <Figure name="Recommendations clicked %" value={funnel.recommendations.also_bought?.click_rate ?? null} />
              <Figure name="Orders with a bundle" value={funnel.bundle_orders} />
              <Figure name="Bundle attach rate %" value={funnel.bundle_attach_rate} />
              <Figure name="Bundle revenue" value={money(funnel.bundle_revenue)} />
            </Row>
            <BarChart
              label="Recommendation clicks per placement"
              bars={Object.entries(funnel.recommendations).map(([placement, row]) => ({
                label: placement.replace(/_/g, " "),
                value: row.clicks,
              }))}
            />
          </>
        )}
      </Section>
      <Section title="Cart reminders" section={cartRecovery}>
        {(stats) => (
          <Row>
            <Figure name="Carts abandoned" value={stats.carts_abandoned} />
            <Figure name="Reminders sent" value={stats.emails_sent_total} />
            <Figure name="Carts clicked" value={stats.carts_clicked} />
            <Figure name="Carts recovered" value={stats.carts_recovered} />
            <Figure name="Recovered revenue" value={money(stats.recovered_revenue)} />
          </Row>
        )}
      </Section>
      <Section title="Saved for later" section={wishlist}>
        {(totals) => (
          <Row>
            <Figure name="Items saved" value={totals.saved_items} />
            <Figure name="Saved then bought" value={totals.purchased_items} />
            <Figure name="Save to purchase %" value={(totals.conversion_rate * 100).toFixed(1)} />
          </Row>
        )}
      </Section>
      <Section title="Product pages" section={nextSteps}>
        {(audit) => (
          <Row>
            <Figure name="Product pages checked" value={audit.checked} />
            <Figure name="Dead ends" value={audit.dead_ends} />
          </Row>
        )}
      </Section>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Touchpoints", icon: ChartBar })

export default TouchpointsOverviewPage
