import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const lockCartStepId = "touchpoints-core-lock-cart"

/** Seconds to wait for a cart another request is changing, and how long the lock may live. */
const WAIT_SECONDS = 5
const TTL_SECONDS = 30
const RETRY_MS = 100

/**
 * Locks a cart for the rest of the workflow, like Medusa's own cart workflows (whose nested lock steps
 * skip when run inside this one). A cart busy for longer than a few seconds is a 409, not a 500.
 */
export const lockCartStep = createStep(
  lockCartStepId,
  async (input: { cart_id: string }, { container }) => {
    const locking = container.resolve(Modules.LOCKING)
    const giveUpAt = Date.now() + WAIT_SECONDS * 1000
    for (;;) {
      try {
        await locking.acquire(input.cart_id, { expire: TTL_SECONDS })
        return new StepResponse(undefined, input.cart_id)
      } catch {
        if (Date.now() >= giveUpAt) {
          throw new MedusaError(
            MedusaError.Types.CONFLICT,
            `Cart ${input.cart_id} is being changed by another request: try again`
          )
        }
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS))
      }
    }
  },
  async (cartId: string | undefined, { container }) => {
    if (cartId) await container.resolve(Modules.LOCKING).release(cartId)
  }
)
