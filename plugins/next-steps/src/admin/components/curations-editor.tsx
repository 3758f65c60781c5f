import { Button, Text } from "@medusajs/ui"
import { adminFetch, ProblemText, useAdminQuery } from "@touchpoints/core/admin-kit"
import { useState } from "react"
import { productsById } from "../lib/products"
import type { CurationEntry, Curations, GroupKey, ProductRef } from "../lib/types"
import { ProductPicker } from "./product-picker"

const GROUPS: { key: GroupKey; name: string }[] = [
  { key: "similar", name: "Similar" },
  { key: "brand", name: "Brand" },
  { key: "for_you", name: "For you" },
]

type Kind = "pins" | "exclusions"

/**
 * A product page's pins (first in their group, in this order) and exclusions (never in that group), edited in
 * place and saved as a whole through the curations API. Calls `onSaved` after a save.
 */
export function CurationsEditor({ productId, onSaved }: { productId: string; onSaved: () => void }) {
  const [loaded, reload] = useAdminQuery(["next-steps", "curations", productId], async () => {
    const curations = await adminFetch<Curations>(`/admin/next-steps/products/${productId}/curations`)
    const ids = [...curations.pins, ...curations.exclusions].map((row) => row.product_id)
    return { curations, names: await productsById([...new Set(ids)]) }
  })
  const [draft, setDraft] = useState<{ pins: CurationEntry[]; exclusions: CurationEntry[] } | null>(null)
  const [extraNames, setExtraNames] = useState(new Map<string, ProductRef>())
  const [adding, setAdding] = useState<{ kind: Kind; group: GroupKey } | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [saved, setSaved] = useState(false)

  if (loaded.state === "loading") return <Text size="small">Loading pins and exclusions...</Text>
  if (loaded.state === "failed") {
    return <ProblemText size="small" problem={loaded.problem} />
  }
  const current = draft ?? loaded.value.curations
  const nameOf = (id: string) => extraNames.get(id)?.title ?? loaded.value.names.get(id)?.title ?? id
  const change = (next: { pins: CurationEntry[]; exclusions: CurationEntry[] }) => {
    setSaved(false)
    setDraft(next)
  }
  const remove = (kind: Kind, entry: CurationEntry) =>
    change({ ...current, [kind]: current[kind].filter((row) => row !== entry) })
  const add = (kind: Kind, group: GroupKey, product: ProductRef) => {
    setExtraNames(new Map(extraNames).set(product.product_id, product))
    const taken = [...current.pins, ...current.exclusions].some(
      (row) => row.group === group && row.product_id === product.product_id
    )
    if (!taken) change({ ...current, [kind]: [...current[kind], { group, product_id: product.product_id }] })
    setAdding(null)
  }
  const save = async () => {
    setProblem(null)
    try {
      await adminFetch(`/admin/next-steps/products/${productId}/curations`, {
        method: "POST",
        body: { pins: current.pins, exclusions: current.exclusions },
      })
      setDraft(null)
      setSaved(true)
      reload()
      onSaved()
    } catch (error) {
      setProblem((error as Error).message)
    }
  }

  return (
    <div className="flex flex-col gap-y-3" data-testid="tp-curations-editor">
      {GROUPS.map(({ key, name }) => (
        <div key={key} className="flex flex-col gap-y-1">
          <Text size="small" weight="plus">
            {name}
          </Text>
          {(["pins", "exclusions"] as const).map((kind) => (
            <div key={kind} className="flex flex-wrap items-center gap-2">
              <Text size="small" className="w-20 text-ui-fg-subtle">
                {kind === "pins" ? "Pinned" : "Excluded"}
              </Text>
              {current[kind]
                .filter((row) => row.group === key)
                .map((row) => (
                  <span key={row.product_id} className="inline-flex items-center gap-x-1 rounded border px-2 txt-small">
                    {nameOf(row.product_id)}
                    <button
                      type="button"
                      aria-label={`Remove ${nameOf(row.product_id)} from ${name} ${kind}`}
                      className="text-ui-fg-muted"
                      onClick={() => remove(kind, row)}
                    >
                      ×
                    </button>
                  </span>
                ))}
              <Button size="small" variant="transparent" type="button" onClick={() => setAdding({ kind, group: key })}>
                {kind === "pins" ? "Pin a product" : "Exclude a product"}
              </Button>
            </div>
          ))}
          {adding?.group === key && (
            <ProductPicker
              label={`${adding.kind === "pins" ? "Pin" : "Exclude"} in ${name}`}
              exclude={[productId]}
              onPick={(product) => add(adding.kind, key, product)}
              onCancel={() => setAdding(null)}
            />
          )}
        </div>
      ))}
      <ProblemText size="small" problem={problem} />
      <div className="flex items-center gap-x-3">
        <Button size="small" type="button" onClick={() => void save()} disabled={!draft}>
          Save pins and exclusions
        </Button>
        <Text size="small" role="status">
          {saved ? "Saved: the page uses these now." : draft ? "Not saved yet." : ""}
        </Text>
      </div>
    </div>
  )
}
