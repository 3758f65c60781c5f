import type { IPromotionModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** `expires_at`: ISO time after which the code is refused (kept in the promotion's metadata with its cart). */
export type EnsureIncentivePromotionInput = { code: string; percent: number; cart_id: string; expires_at: string }

/**
 * Makes the single-use promotion behind a reminder's incentive code (percentage off the order, `limit` 1), or
 * finds it when another worker or an earlier attempt made it. Serialized per code with the locking module. Its
 * metadata names the reminded cart and the expiry, which cart-recovery's cart check enforces.
 * Compensation deletes a promotion this step made.
 */
export const ensureIncentivePromotionStep = createStep(
  "touchpoints-cart-recovery-ensure-incentive-promotion-step",
  async (input: EnsureIncentivePromotionInput, { container }) => {
    const promotions = container.resolve<IPromotionModuleService>(Modules.PROMOTION)
    return container.resolve(Modules.LOCKING).execute(`tp-cart-recovery-incentive:${input.code}`, async () => {
      const [existing] = await promotions.listPromotions({ code: input.code }, { select: ["id"] })
      if (existing) {
        return new StepResponse({ promotion_id: existing.id, code: input.code }, null)
      }
      const [made] = await promotions.createPromotions([
        {
          code: input.code,
          type: "standard",
          status: "active",
          is_automatic: false,
          limit: 1,
          application_method: { type: "percentage", target_type: "order", value: input.percent },
        },
      ])
      await promotions.updatePromotions([
        {
          id: made.id,
          metadata: { touchpoints: "cart-recovery", cart_id: input.cart_id, expires_at: input.expires_at },
        },
      ])
      return new StepResponse({ promotion_id: made.id, code: input.code }, made.id)
    })
  },
  async (createdId, { container }) => {
    if (createdId) await container.resolve<IPromotionModuleService>(Modules.PROMOTION).deletePromotions([createdId])
  }
)
