import { useRouter } from "next/navigation"
import { useEffect, useRef } from "react"
import type { CartChangedDetail } from "../runtime/events.js"

export interface TouchpointsCartBridgeProps {
  /**
   * A server action run after a widget changed the cart, before the route refreshes: revalidate the cart's cache
   * there (`revalidateMedusaCart` from `@touchpoints/widgets/next`).
   */
  onCartChanged?: (change: CartChangedDetail) => Promise<unknown>
}

/**
 * Keeps a server-rendered cart fresh: on every `tp:cart-changed` a widget fires, runs `onCartChanged` (one at a
 * time, in order) and then `router.refresh()`, so server components render the changed cart. Renders nothing.
 */
export function TouchpointsCartBridge({ onCartChanged }: TouchpointsCartBridgeProps): null {
  const router = useRouter()
  const action = useRef(onCartChanged)
  action.current = onCartChanged

  useEffect(() => {
    let queue = Promise.resolve()
    const listener = (event: CustomEvent<CartChangedDetail>) => {
      const change = { cart_id: event.detail.cart_id, reason: event.detail.reason }
      queue = queue.then(async () => {
        try {
          await action.current?.(change)
        } catch (error) {
          console.warn("[touchpoints] onCartChanged failed; refreshing anyway", error)
        }
        router.refresh()
      })
    }
    document.addEventListener("tp:cart-changed", listener)
    return () => document.removeEventListener("tp:cart-changed", listener)
  }, [router])
  return null
}
