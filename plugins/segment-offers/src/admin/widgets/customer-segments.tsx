import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { adminFetch, ifInstalled, type Loaded, ProblemText, useAdminQuery } from "@touchpoints/core/admin-kit"

type Explained = {
  segments: { id: string; name: string; status: string; matched: boolean; reasons: string[] }[]
  offer: { headline: string; code: string | null; reason: string } | null
}

type Shown =
  | { state: "loading" }
  | { state: "none" }
  | { state: "loaded"; explained: Explained }
  | { state: "failed"; problem: string }

const stateOf = (answer: Loaded<Explained | null>): Shown => {
  if (answer.state !== "loaded") return answer
  return answer.value === null ? { state: "none" } : { state: "loaded", explained: answer.value }
}

/** On a customer's page: the segments they are in and why, and the offer the store gives them now. */
const CustomerSegmentsWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  // null: the customer has no visitor profile yet (the route answers 404)
  const [answer] = useAdminQuery(["segment-offers", "customer", customer.id], () =>
    ifInstalled(adminFetch<Explained>(`/admin/visitors/${encodeURIComponent(customer.id)}/segments`))
  )
  const loaded = stateOf(answer)

  const matched = loaded.state === "loaded" ? loaded.explained.segments.filter((segment) => segment.matched) : []
  return (
    <Container className="px-6 py-4">
      <section aria-label="Segments" className="flex flex-col gap-y-3">
        <Heading level="h2">Segments</Heading>
        {loaded.state === "loading" && <Text size="small">Loading...</Text>}
        {loaded.state === "none" && (
          <Text size="small" className="text-ui-fg-subtle">
            No visitor profile yet: nothing recorded about this customer's visits or orders.
          </Text>
        )}
        {loaded.state === "failed" && <ProblemText size="small" problem={loaded.problem} />}
        {loaded.state === "loaded" && (
          <>
            {matched.length === 0 && (
              <Text size="small" className="text-ui-fg-subtle">
                In no segment now.
              </Text>
            )}
            <ul className="flex flex-col gap-y-2">
              {matched.map((segment) => (
                <li key={segment.id}>
                  <div className="flex items-center gap-x-2">
                    <Text size="small" weight="plus">
                      {segment.name}
                    </Text>
                    {segment.status !== "active" && <Badge size="2xsmall">{segment.status}</Badge>}
                  </div>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {segment.reasons.join("; ")}
                  </Text>
                </li>
              ))}
            </ul>
            <Text size="small" data-testid="tp-customer-offer">
              {loaded.explained.offer
                ? `Offer now: ${loaded.explained.offer.headline} (${loaded.explained.offer.code ?? "no code"}): ${loaded.explained.offer.reason}`
                : "No offer for this customer now."}
            </Text>
          </>
        )}
      </section>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerSegmentsWidget
