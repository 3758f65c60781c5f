import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { titleKey } from "../../lib/title-key"

export const matchProductTitlesStepId = "touchpoints-also-bought-match-product-titles-step"

const PAGE = 1000

/**
 * Finds the product each title names (case and spacing ignored; the oldest product wins when two share a
 * title). Answers the product id per title (null when unknown). Reads only: nothing to compensate.
 */
export const matchProductTitlesStep = createStep(
  matchProductTitlesStepId,
  async (input: { titles: string[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const wanted = new Set(input.titles.map(titleKey))
    const found = new Map<string, string>()
    for (let skip = 0; ; skip += PAGE) {
      const { data } = await query.graph({
        entity: "product",
        fields: ["id", "title"],
        pagination: { skip, take: PAGE, order: { created_at: "ASC" } },
      })
      for (const product of data as { id: string; title: string }[]) {
        const key = titleKey(product.title)
        if (wanted.has(key) && !found.has(key)) found.set(key, product.id)
      }
      if (data.length < PAGE) break
    }
    return new StepResponse({ productIds: input.titles.map((title) => found.get(titleKey(title)) ?? null) })
  }
)
