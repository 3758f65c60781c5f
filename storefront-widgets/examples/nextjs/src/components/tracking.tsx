"use client"

import type { TrackEvent } from "@touchpoints/widgets"
import { usePathname } from "next/navigation"
import { useEffect } from "react"

/** Tracks through the widgets' own chunk (TouchpointsWidgets loads it anyway): no tracking code of its own. */
function send(event: TrackEvent): void {
  void import("@touchpoints/widgets/bundle").then(({ track }) => track(event))
}

/** A `page_view` per route (the runtime holds events until the shopper accepts in `<tp-consent>`). */
export function PageViews() {
  const pathname = usePathname()
  useEffect(() => {
    if (pathname) send({ type: "page_view" })
  }, [pathname])
  return null
}

/** A `product_view` for the product page's product. */
export function ProductView({ productId }: { productId: string }) {
  useEffect(() => send({ type: "product_view", product_id: productId }), [productId])
  return null
}
