import { Input, Label, Text } from "@medusajs/ui"
import { adminFetch, ProblemText } from "@touchpoints/core/admin-kit"
import { useEffect, useState } from "react"

/** A Medusa promotion as the picker lists it (and the preview shows its discount). */
export type PromotionChoice = {
  id: string
  code: string
  application_method?: { type: string; value: number | null; currency_code: string | null } | null
}

type Props = { selected: string; onSelect: (promotion: PromotionChoice) => void }

const FIELDS = "id,code,application_method.type,application_method.value,application_method.currency_code"

/** Searches the store's promotions (GET /admin/promotions?q=) and picks one by its code. */
export function PromotionPicker({ selected, onSelect }: Props) {
  const [query, setQuery] = useState("")
  const [found, setFound] = useState<PromotionChoice[]>([])
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => {
    let current = true
    const timer = setTimeout(() => {
      const q = query.trim() ? `&q=${encodeURIComponent(query.trim())}` : ""
      adminFetch<{ promotions: PromotionChoice[] }>(`/admin/promotions?limit=20&fields=${FIELDS}${q}`)
        .then((body) => {
          if (!current) return
          setFound(body.promotions)
          setProblem(null)
          const chosen = body.promotions.find((promotion) => promotion.id === selected)
          if (chosen) onSelect(chosen)
        })
        .catch((error: Error) => current && setProblem(error.message))
    }, 300)
    return () => {
      current = false
      clearTimeout(timer)
    }
    // searching is driven by the query alone; selected and onSelect only refresh the chosen one's details
  }, [query])
  return (
    <div className="flex flex-col gap-y-2">
      <Label htmlFor="tp-offer-promotion-search">Search promotions by code</Label>
      <Input
        id="tp-offer-promotion-search"
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <ProblemText size="small" problem={problem} />
      <fieldset aria-label="Promotion" className="flex max-h-40 flex-col gap-y-1 overflow-y-auto">
        {found.length === 0 && <Text size="small">No promotion matches.</Text>}
        {found.map((promotion) => (
          <label key={promotion.id} className="txt-compact-small flex items-center gap-x-2">
            <input
              type="radio"
              name="tp-offer-promotion"
              value={promotion.id}
              checked={promotion.id === selected}
              onChange={() => onSelect(promotion)}
            />
            {promotion.code}
            <span className="text-ui-fg-subtle">
              {promotion.application_method?.type === "percentage"
                ? `${promotion.application_method.value} %`
                : `${promotion.application_method?.value ?? ""} ${(promotion.application_method?.currency_code ?? "").toUpperCase()}`}
            </span>
          </label>
        ))}
      </fieldset>
    </div>
  )
}
