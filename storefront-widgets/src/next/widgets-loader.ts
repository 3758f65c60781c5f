import { type ConfigureOptions, configure, setSignedIn } from "@touchpoints/widgets"
import { useEffect } from "react"

export interface TouchpointsWidgetsProps extends ConfigureOptions {
  /**
   * Whether a customer is signed in (the server knows it from its cookie). The route handler adds the token; this
   * only tells the widgets to read the customer's lists and merge a guest's lists at login.
   */
  signedIn?: boolean
}

/**
 * Configures the widget runtime and registers every widget after hydration (the elements' code loads as its own
 * chunk and never runs on the server). Place it once in the root layout. Renders nothing.
 */
export function TouchpointsWidgets({ signedIn = false, ...options }: TouchpointsWidgetsProps): null {
  // configured again when a value changes, not on every render (the options are plain JSON values)
  const settings = JSON.stringify(options)
  useEffect(() => {
    const parsed: ConfigureOptions = JSON.parse(settings)
    configure(parsed)
    void import("@touchpoints/widgets/bundle")
  }, [settings])
  useEffect(() => {
    void setSignedIn(signedIn)
  }, [signedIn])
  return null
}
