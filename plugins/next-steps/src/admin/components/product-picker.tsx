import { Button, Input, Text } from "@medusajs/ui"
import { ProblemText } from "@touchpoints/core/admin-kit"
import { useEffect, useState } from "react"
import { searchProducts } from "../lib/products"
import type { ProductRef } from "../lib/types"

/**
 * Finds a product with Medusa's product search as the owner types, and hands the chosen one back. Products in
 * `exclude` (e.g. the page's own product) are not offered.
 */
export function ProductPicker({
  label,
  exclude = [],
  onPick,
  onCancel,
}: {
  label: string
  exclude?: string[]
  onPick: (product: ProductRef) => void
  onCancel: () => void
}) {
  const [q, setQ] = useState("")
  const [found, setFound] = useState<ProductRef[]>([])
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    let current = true
    const timer = setTimeout(() => {
      searchProducts(q)
        .then((products) => current && setFound(products))
        .catch((error: Error) => current && setProblem(error.message))
    }, 250)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [q])

  const offered = found.filter((product) => !exclude.includes(product.product_id))
  return (
    <fieldset className="flex flex-col gap-y-2" aria-label={label}>
      <div className="flex items-center gap-x-2">
        <Input
          size="small"
          type="search"
          aria-label={`${label}: search products`}
          placeholder="Search products"
          value={q}
          autoFocus
          onChange={(event) => setQ(event.target.value)}
        />
        <Button size="small" variant="transparent" type="button" onClick={onCancel}>
          Cancel
        </Button>
      </div>
      <ProblemText size="small" problem={problem} />
      <ul className="flex flex-col" aria-label={`${label}: matches`}>
        {offered.map((product) => (
          <li key={product.product_id}>
            <button
              type="button"
              className="w-full rounded px-2 py-1 text-left txt-small hover:bg-ui-bg-base-hover"
              onClick={() => onPick(product)}
            >
              {product.title} <span className="text-ui-fg-subtle">{`/${product.handle} · ${product.status}`}</span>
            </button>
          </li>
        ))}
        {!offered.length && q && (
          <li>
            <Text size="small" className="text-ui-fg-subtle">
              No product matches.
            </Text>
          </li>
        )}
      </ul>
    </fieldset>
  )
}
