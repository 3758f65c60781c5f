import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BRAND_MODULE } from "../../../modules/brand"

export const setBrandProductsStepId = "touchpoints-core-set-brand-products-step"

export type SetBrandProductsStepInput = {
  brand_id: string
  /** products to give this brand (a product with another brand moves over) */
  add?: string[]
  /** products to take off this brand (ignored when they are not on it) */
  remove?: string[]
}

type ProductBrandPair = { product_id: string; brand_id: string }

const toLinks = (pairs: ProductBrandPair[]) =>
  pairs.map((p) => ({
    [Modules.PRODUCT]: { product_id: p.product_id },
    [BRAND_MODULE]: { brand_id: p.brand_id },
  }))

/**
 * Links and unlinks products to a brand. A product has at most one brand, so a product added here loses its
 * previous brand. The links a call removed and created are its compensation input: compensation dismisses the
 * created links and re-creates the removed ones, leaving every product with the brand it had before.
 */
export const setBrandProductsStep = createStep(
  setBrandProductsStepId,
  async ({ brand_id, add = [], remove = [] }: SetBrandProductsStepInput, { container }) => {
    const both = add.filter((id) => remove.includes(id))
    if (both.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Products cannot be added and removed at once: ${both.join(", ")}`
      )
    }
    const ids = [...new Set([...add, ...remove])]
    if (!ids.length) {
      return new StepResponse({ added: [] as string[], removed: [] as string[] }, { created: [], dismissed: [] })
    }

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "brand.id"],
      filters: { id: ids },
    })
    const current = new Map<string, string | undefined>(
      products.map((p: { id: string; brand?: { id: string } | null }) => [p.id, p.brand?.id])
    )
    const missing = ids.filter((id) => !current.has(id))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Products not found: ${missing.join(", ")}`)
    }

    const dismissed: ProductBrandPair[] = []
    const created: ProductBrandPair[] = []
    for (const product_id of add) {
      const had = current.get(product_id)
      if (had === brand_id) {
        continue
      }
      if (had) {
        dismissed.push({ product_id, brand_id: had })
      }
      created.push({ product_id, brand_id })
    }
    for (const product_id of remove) {
      if (current.get(product_id) === brand_id) {
        dismissed.push({ product_id, brand_id })
      }
    }

    const link = container.resolve(ContainerRegistrationKeys.LINK)
    if (dismissed.length) {
      await link.dismiss(toLinks(dismissed))
    }
    if (created.length) {
      await link.create(toLinks(created))
    }
    return new StepResponse(
      {
        added: created.map((c) => c.product_id),
        removed: dismissed.filter((d) => d.brand_id === brand_id).map((d) => d.product_id),
      },
      { created, dismissed }
    )
  },
  async (changes, { container }) => {
    if (!changes || (!changes.created.length && !changes.dismissed.length)) {
      return
    }
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    if (changes.created.length) {
      await link.dismiss(toLinks(changes.created))
    }
    if (changes.dismissed.length) {
      await link.create(toLinks(changes.dismissed))
    }
  }
)
