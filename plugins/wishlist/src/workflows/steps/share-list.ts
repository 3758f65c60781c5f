import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { newShareNonce } from "../../lib/tokens"
import { WISHLIST_MODULE } from "../../modules/wishlist"
import type { Owner, Snapshot } from "../../modules/wishlist/lib/types"
import type WishlistModuleService from "../../modules/wishlist/service"

export const shareWishlistStepId = "touchpoints-wishlist-share-list-step"

export type ShareWishlistInput = {
  owner: Owner
  id: string
  /** Days until the link expires; null revokes sharing. */
  expires_in_days: number | null
}

/** Shares a list under a new nonce (earlier links die) or revokes sharing; compensation restores the old share. */
export const shareWishlistStep = createStep(
  shareWishlistStepId,
  async (input: ShareWishlistInput, { container }) => {
    const share =
      input.expires_in_days === null
        ? null
        : { nonce: newShareNonce(), expiresAt: new Date(Date.now() + input.expires_in_days * 86_400_000) }
    const { wishlist, snapshot } = await container
      .resolve<WishlistModuleService>(WISHLIST_MODULE)
      .share(input.owner, input.id, share)
    return new StepResponse(wishlist, snapshot)
  },
  async (snapshot: Snapshot | undefined, { container }) => {
    if (snapshot) await container.resolve<WishlistModuleService>(WISHLIST_MODULE).restore(snapshot)
  }
)
