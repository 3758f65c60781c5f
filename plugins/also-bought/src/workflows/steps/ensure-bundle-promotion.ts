import { createHash } from "node:crypto"
import type { IPromotionModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BUNDLE_CODE_PREFIX } from "../../lib/bundle-code"
import { ALSO_BOUGHT_MODULE } from "../../modules/also-bought"
import type AlsoBoughtModuleService from "../../modules/also-bought/service"
import type { BundleRow } from "../../modules/also-bought/service"

export const ensureBundlePromotionStepId = "touchpoints-also-bought-ensure-bundle-promotion-step"

type Input = { product_ids: string[]; discount_percent: number }
type Undo = { bundleKey: string; created: string; previous: BundleRow | null; deactivated: string | null }

/**
 * The promotion payload of a bundle, the native way (see PLATFORM-NOTES): automatic; one promotion rule per
 * product (`items.product.id in [X]`: every rule must pass, so every product must be in the cart); the
 * percentage targets those products' lines, one unit each.
 */
function bundlePromotion(productIds: string[], percent: number, code: string) {
  return {
    code,
    type: "standard" as const,
    status: "active" as const,
    is_automatic: true,
    application_method: {
      type: "percentage" as const,
      target_type: "items" as const,
      allocation: "each" as const,
      value: percent,
      max_quantity: 1,
      target_rules: [{ attribute: "items.product.id", operator: "in" as const, values: productIds }],
    },
    rules: productIds.map((id) => ({ attribute: "items.product.id", operator: "in" as const, values: [id] })),
  }
}

/**
 * Makes sure the bundle's Medusa promotion exists, is active and has the configured discount: reused when it
 * does, made (or replaced, when the discount option changed or a merchant deleted it) otherwise. Serialized
 * per bundle with the locking module, so two shoppers adding a new bundle at once make one promotion.
 * Compensation deletes what this step made and puts the previous one back.
 */
export const ensureBundlePromotionStep = createStep(
  ensureBundlePromotionStepId,
  async (input: Input, { container }) => {
    const statistics = container.resolve<AlsoBoughtModuleService>(ALSO_BOUGHT_MODULE)
    const promotions = container.resolve<IPromotionModuleService>(Modules.PROMOTION)
    const bundleKey = [...input.product_ids].sort().join(",")
    return container.resolve(Modules.LOCKING).execute(`tp-also-bought-bundle:${bundleKey}`, async () => {
      const previous = await statistics.bundleByKey(bundleKey)
      const current = previous
        ? (await promotions.listPromotions({ id: [previous.promotion_id] }, { select: ["id", "status"] }))[0]
        : undefined
      if (previous && current?.status === "active" && previous.discount_percent === input.discount_percent) {
        return new StepResponse({ promotion_id: previous.promotion_id, created: false }, null as Undo | null)
      }
      const suffix = createHash("sha1").update(`${bundleKey}|${input.discount_percent}|${Date.now()}`).digest("hex")
      const [made] = await promotions.createPromotions([
        bundlePromotion(
          bundleKey.split(","),
          input.discount_percent,
          `${BUNDLE_CODE_PREFIX}${suffix.slice(0, 12).toUpperCase()}`
        ),
      ])
      if (current && current.status === "active") {
        await promotions.updatePromotions([{ id: current.id, status: "inactive" }])
      }
      await statistics.saveBundle({
        bundle_key: bundleKey,
        product_ids: bundleKey.split(","),
        discount_percent: input.discount_percent,
        promotion_id: made.id,
      })
      const undo: Undo = {
        bundleKey,
        created: made.id,
        previous,
        deactivated: current?.status === "active" ? current.id : null,
      }
      return new StepResponse({ promotion_id: made.id, created: true }, undo)
    })
  },
  async (undo: Undo | null | undefined, { container }) => {
    if (!undo) return
    const promotions = container.resolve<IPromotionModuleService>(Modules.PROMOTION)
    await promotions.deletePromotions([undo.created])
    if (undo.deactivated) await promotions.updatePromotions([{ id: undo.deactivated, status: "active" }])
    await container
      .resolve<AlsoBoughtModuleService>(ALSO_BOUGHT_MODULE)
      .putBackBundle({ bundleKey: undo.bundleKey, row: undo.previous })
  }
)
