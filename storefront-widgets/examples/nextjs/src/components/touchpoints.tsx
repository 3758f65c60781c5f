import { TouchpointsCartBridge, TouchpointsPageViews, TouchpointsWidgets } from "@touchpoints/widgets/next/client"
import { MEDUSA_PUBLISHABLE_KEY } from "@/lib/config"
import { cartChanged } from "@/lib/data/touchpoints"

/**
 * Everything the widgets need once per page: the runtime pointed at this storefront's route handler (which adds
 * the customer's token from the httpOnly cookie), the cart bridge that re-renders the cached cart after a widget
 * changed it, and page-view tracking (held until the shopper accepts in `<tp-consent>`).
 */
export function Touchpoints({ signedIn }: { signedIn: boolean }) {
  return (
    <>
      <TouchpointsWidgets
        backendUrl="/api/touchpoints"
        publishableKey={MEDUSA_PUBLISHABLE_KEY}
        locale="en-IE"
        signedIn={signedIn}
      />
      <TouchpointsCartBridge onCartChanged={cartChanged} />
      <TouchpointsPageViews />
    </>
  )
}
