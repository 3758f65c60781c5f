import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Heart } from "@medusajs/icons"
import { Container, Table } from "@medusajs/ui"
import {
  adminFetch,
  Figures,
  loadedValue,
  loadProblem,
  PageTitle,
  PeriodSelect,
  ProblemText,
  TableHead,
  useAdminQuery,
} from "@touchpoints/core/admin-kit"
import { useState } from "react"
import { Link } from "react-router-dom"

type Stats = {
  totals: {
    lists: number
    shoppers: number
    active_items: number
    saved_items: number
    purchased_items: number
    conversion_rate: number
  }
  products: {
    product_id: string
    title: string | null
    saves: number
    active: number
    purchased: number
    conversion_rate: number
  }[]
}

const PERIODS = [30, 90, 365]
const DAY_MS = 86_400_000
const TOP = 25
const percent = (rate: number) => `${(rate * 100).toFixed(1)} %`

/** Saved for later: how many shoppers keep lists, what they save most and how much of it they buy. */
const SavedForLaterPage = () => {
  const [days, setDays] = useState(90)
  const [answer] = useAdminQuery(
    ["wishlist", "stats", days],
    () => {
      const since = new Date(Date.now() - days * DAY_MS).toISOString()
      return adminFetch<Stats>(`/admin/wishlists/stats?limit=${TOP}&since=${encodeURIComponent(since)}`)
    },
    // the last period's figures stay until the new ones arrive
    { keepPrevious: true }
  )
  const stats = loadedValue(answer)
  const problem = loadProblem(answer)

  return (
    <Container className="divide-y p-0">
      <PageTitle
        className="flex items-center justify-between px-6 py-4"
        title="Saved for later"
        description="Wish lists and items saved from carts, and how many of them were bought."
        actions={<PeriodSelect days={days} periods={PERIODS} onChange={setDays} />}
      />
      <ProblemText className="px-6 py-4" problem={problem} />
      {stats && (
        <Figures
          className="px-6 py-4"
          figures={[
            ["Shoppers with lists", stats.totals.shoppers],
            ["Items saved", stats.totals.saved_items],
            ["Still saved", stats.totals.active_items],
            ["Saved then bought", stats.totals.purchased_items],
            ["Save to purchase", percent(stats.totals.conversion_rate)],
          ]}
        />
      )}
      {stats && stats.products.length > 0 && (
        <Table aria-label="Most saved products">
          <TableHead columns={["Product", "Times saved", "Still saved", "Bought", "Save to purchase"]} />
          <Table.Body>
            {stats.products.map((product) => (
              <Table.Row key={product.product_id}>
                <Table.Cell>
                  <Link to={`/products/${product.product_id}`} className="text-ui-fg-interactive">
                    {product.title ?? product.product_id}
                  </Link>
                </Table.Cell>
                <Table.Cell>{product.saves}</Table.Cell>
                <Table.Cell>{product.active}</Table.Cell>
                <Table.Cell>{product.purchased}</Table.Cell>
                <Table.Cell>{percent(product.conversion_rate)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Saved for later", icon: Heart })

export default SavedForLaterPage
