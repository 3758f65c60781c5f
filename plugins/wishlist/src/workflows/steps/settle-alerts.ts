import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WISHLIST_MODULE } from "../../modules/wishlist"
import type WishlistModuleService from "../../modules/wishlist/service"

export type SettleWishlistAlertsInput = {
  ids: string[]
  status: "sent" | "skipped"
  reason?: string | null
  send_id?: string | null
}

export const settleWishlistAlertsStepId = "touchpoints-wishlist-settle-alerts-step"

/** Marks queued alerts as told (or skipped, with why); compensation puts them back in the queue. */
export const settleWishlistAlertsStep = createStep(
  settleWishlistAlertsStepId,
  async (input: SettleWishlistAlertsInput, { container }) => {
    if (!input.ids.length) return new StepResponse(0, [] as string[])
    await container.resolve<WishlistModuleService>(WISHLIST_MODULE).updateWishlistAlerts({
      selector: { id: input.ids, status: "pending" },
      data: { status: input.status, reason: input.reason ?? null, send_id: input.send_id ?? null },
    })
    return new StepResponse(input.ids.length, input.ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<WishlistModuleService>(WISHLIST_MODULE).updateWishlistAlerts({
      selector: { id: ids },
      data: { status: "pending", reason: null, send_id: null },
    })
  }
)
