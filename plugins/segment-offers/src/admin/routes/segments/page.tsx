import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Text, usePrompt } from "@medusajs/ui"
import {
  adminFetch,
  loadedValue,
  loadProblem,
  PageTitle,
  ProblemText,
  TableHead,
  useAdminQuery,
} from "@touchpoints/core/admin-kit"
import { useState } from "react"
import { FunnelBars } from "../../components/funnel-bars"
import { OfferForm } from "../../components/offer-form"
import { OfferPreview } from "../../components/offer-preview"
import { SegmentEditor } from "../../components/segment-editor"
import { useStoreCurrency } from "../../components/use-store-currency"
import type { OfferRecord, OfferStatsRow, SegmentRecord } from "../../lib/types"

const NOTHING_YET: { segments: SegmentRecord[]; offers: OfferRecord[]; stats: OfferStatsRow[] } = {
  segments: [],
  offers: [],
  stats: [],
}

type Editing = { segment: SegmentRecord | null } | null
type EditingOffer = { offer: OfferRecord | null } | null

const day = (at: string | null) => (at ? at.slice(0, 10) : null)

const scheduleOf = (offer: OfferRecord) =>
  offer.starts_at || offer.ends_at
    ? `${day(offer.starts_at) ?? "now"} to ${day(offer.ends_at) ?? "open end"}`
    : "always"

/** The tighter of the promotion's usage limit and its campaign's budget, as "used of limit". */
const budgetOf = (offer: OfferRecord) => {
  const usage = offer.promotion?.usage
  const budget = offer.promotion?.campaign?.budget
  if (budget?.limit != null) return `${budget.used} of ${budget.limit} (${budget.type})`
  if (usage) return `${usage.used} of ${usage.limit} uses`
  return "no limit"
}

/** Segments (with the rule editor and its live member count), the offers on them and their funnel. */
const SegmentsPage = () => {
  const [editing, setEditing] = useState<Editing>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [previewed, setPreviewed] = useState<string | null>(null)
  const [editingOffer, setEditingOffer] = useState<EditingOffer>(null)
  const currency = useStoreCurrency()
  const prompt = usePrompt()

  // the lists on screen stay while a save or delete loads them again
  const [loaded, reload] = useAdminQuery(
    ["segment-offers", "page"],
    async () => {
      const [segmentList, offerList, offerStats] = await Promise.all([
        adminFetch<{ segments: SegmentRecord[] }>("/admin/segments?limit=200"),
        adminFetch<{ offers: OfferRecord[] }>("/admin/offers?limit=200"),
        adminFetch<{ stats: OfferStatsRow[] }>("/admin/offers/stats"),
      ])
      return { segments: segmentList.segments, offers: offerList.offers, stats: offerStats.stats }
    },
    { keepPrevious: true }
  )
  const { segments, offers, stats } = loadedValue(loaded) ?? NOTHING_YET

  const deleteOffer = async (offer: OfferRecord) => {
    const confirmed = await prompt({
      title: `Delete the offer ${offer.name}?`,
      description: "Shoppers stop seeing it at once. Its promotion stays in Medusa.",
      confirmText: "Delete",
      cancelText: "Keep it",
    })
    if (!confirmed) return
    try {
      await adminFetch(`/admin/offers/${offer.id}`, { method: "DELETE" })
      setProblem(null)
      reload()
    } catch (error) {
      setProblem((error as Error).message)
    }
  }

  const segmentName = (id: string) => segments.find((segment) => segment.id === id)?.name ?? id

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <PageTitle
          className="flex items-center justify-between px-6 py-4"
          title="Segments"
          description="Shoppers grouped by behaviour; each gets the best offer of the segments they are in."
          actions={
            <Button size="small" variant="secondary" onClick={() => setEditing({ segment: null })}>
              New segment
            </Button>
          }
        />
        <ProblemText className="px-6 py-4" problem={problem ?? loadProblem(loaded)} />
        {editing && (
          <SegmentEditor
            key={editing.segment?.id ?? "new"}
            segment={editing.segment}
            onCancel={() => setEditing(null)}
            onSaved={() => {
              setEditing(null)
              reload()
            }}
          />
        )}
        <Table aria-label="Segments">
          <TableHead columns={["Name", "Status", "Customer group", "Email", ""]} />
          <Table.Body>
            {segments.map((segment) => (
              <Table.Row key={segment.id}>
                <Table.Cell>{segment.name}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={segment.status === "active" ? "green" : "grey"}>
                    {segment.status}
                  </Badge>
                </Table.Cell>
                <Table.Cell>{segment.mirror_to_group ? (segment.customer_group_id ?? "pending") : "-"}</Table.Cell>
                <Table.Cell>{segment.email_offer ? "on entry" : "-"}</Table.Cell>
                <Table.Cell>
                  <Button
                    size="small"
                    variant="transparent"
                    aria-label={`Edit ${segment.name}`}
                    onClick={() => setEditing({ segment })}
                  >
                    Edit
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <Heading level="h2">Offers</Heading>
          <Button size="small" variant="secondary" onClick={() => setEditingOffer({ offer: null })}>
            New offer
          </Button>
        </div>
        {editingOffer && (
          <OfferForm
            key={editingOffer.offer?.id ?? "new"}
            offer={editingOffer.offer}
            segments={segments}
            currency={currency}
            onClose={() => setEditingOffer(null)}
            onSaved={() => {
              setEditingOffer(null)
              reload()
            }}
          />
        )}
        <Table aria-label="Offers">
          <TableHead
            columns={["Offer", "Status", "Code", "Priority", "Segments", "Schedule", "Budget", "Shown now?", ""]}
          />
          <Table.Body>
            {offers.map((offer) => (
              <Table.Row key={offer.id}>
                <Table.Cell>{offer.content.headline}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={offer.status === "active" ? "green" : "grey"}>
                    {offer.status}
                  </Badge>
                </Table.Cell>
                <Table.Cell>{offer.promotion?.code ?? "-"}</Table.Cell>
                <Table.Cell>{offer.priority}</Table.Cell>
                <Table.Cell>{offer.segment_ids.map(segmentName).join(", ")}</Table.Cell>
                <Table.Cell>{scheduleOf(offer)}</Table.Cell>
                <Table.Cell>{budgetOf(offer)}</Table.Cell>
                <Table.Cell>{offer.unavailable_because ?? "yes"}</Table.Cell>
                <Table.Cell>
                  <Button
                    size="small"
                    variant="transparent"
                    aria-label={`Preview ${offer.name}`}
                    onClick={() => setPreviewed(previewed === offer.id ? null : offer.id)}
                  >
                    Preview
                  </Button>
                  <Button
                    size="small"
                    variant="transparent"
                    aria-label={`Edit offer ${offer.name}`}
                    onClick={() => setEditingOffer({ offer })}
                  >
                    Edit
                  </Button>
                  <Button
                    size="small"
                    variant="transparent"
                    aria-label={`Delete offer ${offer.name}`}
                    onClick={() => void deleteOffer(offer)}
                  >
                    Delete
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        {offers
          .filter((offer) => offer.id === previewed)
          .map((offer) => (
            <div key={offer.id} className="px-6 py-4">
              <OfferPreview offer={offer} />
            </div>
          ))}
        <div className="px-6 py-4">
          <Heading level="h2">Funnel, last 30 days</Heading>
          {stats.length ? (
            <FunnelBars rows={stats} />
          ) : (
            <Text size="small" className="text-ui-fg-subtle">
              No offer was shown yet in the last 30 days.
            </Text>
          )}
        </div>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Segments", icon: Users })

export default SegmentsPage
