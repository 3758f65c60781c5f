import type { TrackEvent } from "@touchpoints/widgets"
import { usePathname } from "next/navigation"
import { useEffect } from "react"

/** Tracks through the widgets' chunk (`TouchpointsWidgets` loads it anyway), so tracking adds no code of its own. */
function send(event: TrackEvent): void {
  void import("@touchpoints/widgets/bundle").then(({ track }) => track(event))
}

/**
 * A `page_view` for every route the shopper sees, client-side navigations included. Place it once in the root
 * layout. Like every event it is held until the shopper accepts analytics in `<tp-consent>`. Renders nothing.
 */
export function TouchpointsPageViews(): null {
  const pathname = usePathname()
  useEffect(() => {
    if (pathname) send({ type: "page_view" })
  }, [pathname])
  return null
}

/**
 * Tracks one event when it is rendered, and again when the event changes: e.g. on a product page
 * `<TouchpointsTrack event={{ type: "product_view", product_id: product.id }} />`. Renders nothing.
 */
export function TouchpointsTrack({ event }: { event: TrackEvent }): null {
  const key = JSON.stringify(event) // the same event rendered again is not a new one
  useEffect(() => {
    const parsed: TrackEvent = JSON.parse(key)
    send(parsed)
  }, [key])
  return null
}
