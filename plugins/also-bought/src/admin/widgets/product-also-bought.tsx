import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Table, Text } from "@medusajs/ui"
import {
  type AdminRequest,
  adminFetch,
  ProblemText,
  TableHead,
  useAdminMutation,
  useAdminQuery,
} from "@touchpoints/core/admin-kit"
import { useState } from "react"

type Rule = {
  product_id: string
  support_count: number
  confidence: number
  lift: number
  score: number
  meets_min_orders: boolean
  pinned: boolean
  blocked: boolean
}

type Rules = { product_orders: number; total_orders: number; rules: Rule[] }

const SHOWN = 10
const percent = (value: number) => `${(value * 100).toFixed(1)} %`

/**
 * On a product's page: "others also bought" for it with each companion's metrics (orders together, confidence,
 * lift, score), and the owner's pin (always first) and block (never shown) per companion.
 */
const ProductAlsoBoughtWidget = ({ data: product }: DetailWidgetProps<HttpTypes.AdminProduct>) => {
  const base = `/admin/also-bought/${encodeURIComponent(product.id)}`
  const key = ["also-bought", product.id]
  // the rules on screen stay while a pin or block loads them again
  const [loaded] = useAdminQuery(
    key,
    async () => {
      const answer = await adminFetch<Rules>(base)
      const ids = answer.rules.slice(0, SHOWN).map((rule) => rule.product_id)
      if (!ids.length) return { rules: answer, titles: {} }
      const query = ids.map((id) => `id[]=${encodeURIComponent(id)}`).join("&")
      const { products } = await adminFetch<{ products: { id: string; title: string }[] }>(
        `/admin/products?${query}&fields=id,title&limit=${ids.length}`
      )
      return { rules: answer, titles: Object.fromEntries(products.map((companion) => [companion.id, companion.title])) }
    },
    { keepPrevious: true }
  )
  const change = useAdminMutation((call: AdminRequest & { path: string }) => adminFetch(call.path, call), {
    invalidates: [key],
  })
  const [problem, setProblem] = useState<string | null>(null)
  const rules = loaded.state === "loaded" ? loaded.value.rules : null
  const titles: Record<string, string> = loaded.state === "loaded" ? loaded.value.titles : {}

  const act = async (path: string, method: "POST" | "DELETE", body?: unknown) => {
    setProblem(null)
    try {
      await change.mutateAsync({ path, method, body })
    } catch (error) {
      setProblem((error as Error).message)
    }
  }
  const name = (id: string) => titles[id] ?? id

  return (
    <Container className="p-0">
      <section aria-label="Others also bought" className="divide-y">
        <div className="px-6 py-4">
          <Heading level="h2">Others also bought</Heading>
          {rules && (
            <Text size="small" className="text-ui-fg-subtle">
              {`From ${rules.product_orders} orders with this product, of ${rules.total_orders}.`}
            </Text>
          )}
          <ProblemText size="small" problem={problem ?? (loaded.state === "failed" ? loaded.problem : null)} />
        </div>
        {rules && rules.rules.length === 0 && (
          <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
            Not bought together with anything yet.
          </Text>
        )}
        {rules && rules.rules.length > 0 && (
          <Table aria-label="Companions">
            <TableHead columns={["Companion", "Orders together", "Confidence", "Lift", "Score", ""]} />
            <Table.Body>
              {rules.rules.slice(0, SHOWN).map((rule) => (
                <Table.Row key={rule.product_id}>
                  <Table.Cell>
                    <span className="flex items-center gap-x-2">
                      {name(rule.product_id)}
                      {rule.pinned && (
                        <Badge size="2xsmall" color="green">
                          pinned
                        </Badge>
                      )}
                      {rule.blocked && (
                        <Badge size="2xsmall" color="red">
                          blocked
                        </Badge>
                      )}
                    </span>
                  </Table.Cell>
                  <Table.Cell>{rule.support_count}</Table.Cell>
                  <Table.Cell>{percent(rule.confidence)}</Table.Cell>
                  <Table.Cell>{rule.lift.toFixed(1)}</Table.Cell>
                  <Table.Cell>{rule.score.toFixed(2)}</Table.Cell>
                  <Table.Cell>
                    <span className="flex gap-x-1">
                      <Button
                        size="small"
                        variant="transparent"
                        aria-label={`${rule.pinned ? "Unpin" : "Pin"} ${name(rule.product_id)}`}
                        onClick={() =>
                          rule.pinned
                            ? act(`${base}/pins/${encodeURIComponent(rule.product_id)}`, "DELETE")
                            : act(`${base}/pins`, "POST", { companion_id: rule.product_id })
                        }
                      >
                        {rule.pinned ? "Unpin" : "Pin"}
                      </Button>
                      <Button
                        size="small"
                        variant="transparent"
                        aria-label={`${rule.blocked ? "Unblock" : "Block"} ${name(rule.product_id)}`}
                        onClick={() =>
                          rule.blocked
                            ? act(`${base}/blocks/${encodeURIComponent(rule.product_id)}`, "DELETE")
                            : act(`${base}/blocks`, "POST", { companion_id: rule.product_id })
                        }
                      >
                        {rule.blocked ? "Unblock" : "Block"}
                      </Button>
                    </span>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </section>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductAlsoBoughtWidget
