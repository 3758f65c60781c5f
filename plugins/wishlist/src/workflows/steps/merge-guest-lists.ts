import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WISHLIST_MODULE } from "../../modules/wishlist"
import type { Snapshot } from "../../modules/wishlist/lib/types"
import type WishlistModuleService from "../../modules/wishlist/service"

export const mergeGuestWishlistsStepId = "touchpoints-wishlist-merge-guest-lists-step"

/** Merges a guest's lists into a customer's; compensation restores both sides from the snapshot. */
export const mergeGuestWishlistsStep = createStep(
  mergeGuestWishlistsStepId,
  async (input: { guest_key: string; customer_id: string }, { container }) => {
    const { lists, items, snapshot } = await container
      .resolve<WishlistModuleService>(WISHLIST_MODULE)
      .mergeGuest({ guestKey: input.guest_key, customerId: input.customer_id })
    return new StepResponse({ lists, items }, snapshot)
  },
  async (snapshot: Snapshot | undefined, { container }) => {
    if (snapshot) await container.resolve<WishlistModuleService>(WISHLIST_MODULE).restore(snapshot)
  }
)
