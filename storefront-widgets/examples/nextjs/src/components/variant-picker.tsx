import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"

/** Variants as links (`?v_id=`), like the starter's: the server renders the chosen one. */
export function VariantPicker({ product, selectedId }: { product: HttpTypes.StoreProduct; selectedId: string }) {
  const variants = product.variants ?? []
  if (variants.length < 2) return null
  return (
    <ul className="variants" aria-label="Variants">
      {variants.map((variant) => (
        <li key={variant.id}>
          <Link
            href={`/products/${product.handle}?v_id=${variant.id}`}
            aria-current={variant.id === selectedId ? "true" : undefined}
            replace
            scroll={false}
          >
            {variant.title}
          </Link>
        </li>
      ))}
    </ul>
  )
}
