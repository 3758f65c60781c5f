import { Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { loadedValue, Pager, ProblemText, TableHead, useAdminGet } from "@touchpoints/core/admin-kit"
import { useState } from "react"
import { Link } from "react-router-dom"
import { PageStatusBadge } from "../../components/page-status-badge"
import { ReplacementEditor } from "../../components/replacement-editor"
import type { ReplacementEntry, ReplacementList } from "../../lib/types"

const PAGE = 20

type Show = "gone" | "replaced"

const TABS: { show: Show; name: string }[] = [
  { show: "gone", name: "Gone products" },
  { show: "replaced", name: "All replacements" },
]

function ProductCell({ entry }: { entry: ReplacementEntry }) {
  if (entry.state === "deleted") return <>{entry.title}</>
  return (
    <Link to={`/products/${entry.product_id}`} className="text-ui-fg-interactive">
      {entry.title}
    </Link>
  )
}

/**
 * Gone product pages (unpublished, discontinued or deleted; those answering 410 first) and every replacement the
 * owner named, each fixable in place: set, change or clear where its page sends shoppers.
 */
export function ReplacementsSection() {
  const [show, setShow] = useState<Show>("gone")
  const [offset, setOffset] = useState(0)
  const [fixing, setFixing] = useState<string | null>(null)
  // the list on screen stays until the next page or tab arrives
  const [list, reload] = useAdminGet<ReplacementList>(
    `/admin/next-steps/replacements?show=${show}&limit=${PAGE}&offset=${offset}`,
    { keepPrevious: true }
  )
  const value = loadedValue(list)

  return (
    <Container className="divide-y p-0" data-testid="tp-replacements">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Gone products and replacements</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            A gone product's page answers 410 with its link groups, or 301 to the replacement you name.
          </Text>
        </div>
        <div className="flex gap-x-2" role="tablist" aria-label="Show">
          {TABS.map((tab) => (
            <Button
              key={tab.show}
              size="small"
              role="tab"
              aria-selected={show === tab.show}
              variant={show === tab.show ? "primary" : "secondary"}
              onClick={() => {
                setShow(tab.show)
                setOffset(0)
              }}
            >
              {tab.name}
            </Button>
          ))}
        </div>
      </div>
      {list.state === "failed" && <ProblemText className="px-6 py-4" problem={list.problem} />}
      {value && value.count === 0 && (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          {show === "gone" ? "No product is gone: every known page is live." : "No replacements yet."}
        </Text>
      )}
      {value && value.count > 0 && (
        <Table aria-label={show === "gone" ? "Gone products" : "Replacements"}>
          <TableHead columns={["Product", "State", "Page", "Replacement"]} />
          <Table.Body>
            {value.replacements.map((entry) => (
              <Table.Row key={entry.product_id} data-product-id={entry.product_id} data-handle={entry.handle}>
                <Table.Cell>
                  <ProductCell entry={entry} />
                </Table.Cell>
                <Table.Cell>{entry.state}</Table.Cell>
                <Table.Cell>
                  <PageStatusBadge status={entry.page_status} />
                </Table.Cell>
                <Table.Cell className="whitespace-normal py-2">
                  {fixing === entry.product_id ? (
                    <ReplacementEditor
                      productId={entry.product_id}
                      replacement={entry.replacement}
                      onChanged={reload}
                    />
                  ) : (
                    <span className="flex items-center gap-x-2">
                      <Text size="small">{entry.replacement?.title ?? "None"}</Text>
                      <Button size="small" variant="secondary" onClick={() => setFixing(entry.product_id)}>
                        Fix
                      </Button>
                    </span>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {value && value.count > PAGE && (
        <div className="flex items-center justify-between px-6 py-3">
          <Text size="small" className="text-ui-fg-subtle">
            {`${offset + 1}-${offset + value.replacements.length} of ${value.count}`}
          </Text>
          <Pager offset={offset} pageSize={PAGE} count={value.count} onChange={setOffset} />
        </div>
      )}
    </Container>
  )
}
