import { Button, Text } from "@medusajs/ui"
import { ProblemText } from "@touchpoints/core/admin-kit"
import { useState } from "react"
import { Link } from "react-router-dom"
import { saveReplacement } from "../lib/products"
import type { ProductRef } from "../lib/types"
import { ProductPicker } from "./product-picker"

/**
 * A product's replacement (where its page sends shoppers with a 301 once it is gone): shows it, sets it with the
 * product picker, clears it. Calls `onChanged` after a save so the caller reads the new state.
 */
export function ReplacementEditor({
  productId,
  replacement,
  onChanged,
}: {
  productId: string
  replacement: ProductRef | null
  onChanged: () => void
}) {
  const [picking, setPicking] = useState(false)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  const save = async (replacementId: string | null) => {
    setBusy(true)
    setProblem(null)
    try {
      await saveReplacement(productId, replacementId)
      setPicking(false)
      onChanged()
    } catch (error) {
      setProblem((error as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="flex flex-col gap-y-2" data-testid="tp-replacement-editor">
      <div className="flex flex-wrap items-center gap-x-3">
        <Text size="small" data-testid="tp-replacement">
          {replacement ? (
            <>
              {"Replacement: "}
              {replacement.status === "deleted" ? (
                replacement.title
              ) : (
                <Link to={`/products/${replacement.product_id}`} className="text-ui-fg-interactive">
                  {replacement.title}
                </Link>
              )}
              {replacement.status === "published" ? "" : ` (${replacement.status}: not used)`}
            </>
          ) : (
            "No replacement"
          )}
        </Text>
        {!picking && (
          <Button size="small" variant="secondary" type="button" onClick={() => setPicking(true)} disabled={busy}>
            {replacement ? "Change replacement" : "Set replacement"}
          </Button>
        )}
        {replacement && !picking && (
          <Button size="small" variant="transparent" type="button" onClick={() => void save(null)} isLoading={busy}>
            Clear replacement
          </Button>
        )}
      </div>
      {picking && (
        <ProductPicker
          label="Replacement"
          exclude={[productId]}
          onPick={(product) => void save(product.product_id)}
          onCancel={() => setPicking(false)}
        />
      )}
      <ProblemText size="small" problem={problem} />
    </div>
  )
}
