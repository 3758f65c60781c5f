import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Table, Text } from "@medusajs/ui"
import {
  type AdminRequest,
  adminFetch,
  loadProblem,
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

/** A pin or block switch for one companion, named for what it does next ("Pin X" or "Unpin X"). */
function Toggle({
  on,
  verbs,
  companion,
  onToggle,
}: {
  on: boolean
  verbs: [string, string]
  companion: string
  onToggle: () => void
}) {
  const verb = on ? verbs[1] : verbs[0]
  return (
    <Button size="small" variant="transparent" aria-label={`${verb} ${companion}`} onClick={onToggle}>
      {verb}
    </Button>
  )
}

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

  // a pin or block is set with POST .../pins (or blocks) and cleared with DELETE .../pins/:companion
  const toggle = async (kind: "pins" | "blocks", companion: string, on: boolean) => {
    setProblem(null)
    try {
      await change.mutateAsync(
        on
          ? { path: `${base}/${kind}/${encodeURIComponent(companion)}`, method: "DELETE" }
          : { path: `${base}/${kind}`, method: "POST", body: { companion_id: companion } }
      )
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
          <ProblemText size="small" problem={problem ?? loadProblem(loaded)} />
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
                      <Toggle
                        on={rule.pinned}
                        verbs={["Pin", "Unpin"]}
                        companion={name(rule.product_id)}
                        onToggle={() => toggle("pins", rule.product_id, rule.pinned)}
                      />
                      <Toggle
                        on={rule.blocked}
                        verbs={["Block", "Unblock"]}
                        companion={name(rule.product_id)}
                        onToggle={() => toggle("blocks", rule.product_id, rule.blocked)}
                      />
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
