import { Button, Text } from "@medusajs/ui"
import { ProblemText, useAdminGet } from "@touchpoints/core/admin-kit"
import { useState } from "react"
import { Link } from "react-router-dom"
import type { Preview } from "../lib/types"
import { CurationsEditor } from "./curations-editor"
import { PageStatusBadge } from "./page-status-badge"
import { ReplacementEditor } from "./replacement-editor"

const REASONS: Record<string, string> = {
  pinned: "pinned",
  same_category: "same category",
  parent_category: "sibling category",
  same_type: "same type",
  shared_tags: "shared tag",
  same_collection: "same collection",
  brand_best_seller: "brand best seller",
  brand_category_best_seller: "best seller of the brand's category",
  best_seller: "best seller",
}

/**
 * A product's page as a new visitor of the store sees it now (GET /admin/next-steps/products/:id/preview): its
 * status, where a gone page sends shoppers, the three groups with their products, and the controls that change
 * them (replacement, pins and exclusions). Every change reloads the preview.
 */
export function NextStepsPanel({ productId }: { productId: string }) {
  // a reload keeps the page on screen until the new one arrives (no flicker after a save)
  const [preview, reload] = useAdminGet<Preview>(`/admin/next-steps/products/${productId}/preview`, {
    keepPrevious: true,
  })
  const [editing, setEditing] = useState(false)

  if (preview.state === "loading") return <Text size="small">Building the page...</Text>
  if (preview.state === "failed") {
    return <ProblemText size="small" problem={preview.problem} />
  }
  const page = preview.value
  return (
    <div className="flex flex-col gap-y-4" data-testid="tp-next-steps-panel">
      <div className="flex flex-wrap items-center gap-x-2">
        <Text size="small" weight="plus">
          Page:
        </Text>
        <PageStatusBadge status={page.status} />
        <Text size="small" className="text-ui-fg-subtle">
          {page.status === 301 && page.redirect && `shoppers go to ${page.redirect.title}`}
          {page.status === 410 && "the product is gone; its page still shows the groups"}
          {page.status === 200 && (page.product.sold_out ? "sold out: in-stock alternatives first" : "")}
        </Text>
      </div>
      <ReplacementEditor productId={productId} replacement={page.replacement} onChanged={reload} />
      {page.groups.map((group) => (
        <section key={group.key} aria-label={group.title} data-group={group.key}>
          <Text size="small" weight="plus">
            {`${group.title} (${group.items.length})`}
            {group.fallback && (
              <span className="font-normal text-ui-fg-subtle">{` · filled with ${group.fallback.replace("_", " ")}`}</span>
            )}
          </Text>
          {group.items.length === 0 ? (
            <Text size="small" className="text-ui-fg-subtle">
              No links: no other product can be bought.
            </Text>
          ) : (
            <ol className="flex flex-col">
              {group.items.map((item) => (
                <li key={item.product_id} className="txt-small" data-product-id={item.product_id}>
                  <Link to={`/products/${item.product_id}`} className="text-ui-fg-interactive">
                    {item.product.title}
                  </Link>
                  <span className="text-ui-fg-subtle">{` · ${REASONS[item.reason] ?? item.reason.replace(/_/g, " ")}`}</span>
                </li>
              ))}
            </ol>
          )}
        </section>
      ))}
      {editing ? (
        <CurationsEditor productId={productId} onSaved={reload} />
      ) : (
        <div>
          <Button size="small" variant="secondary" type="button" onClick={() => setEditing(true)}>
            Edit pins and exclusions
          </Button>
        </div>
      )}
    </div>
  )
}
