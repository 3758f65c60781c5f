import { configure, getConfig } from "./config.js"
import { getConsent, openConsent, setConsent } from "./consent.js"
import { setCustomerToken, setSignedIn } from "./customer.js"
import { formatDate, formatMoney } from "./format.js"
import { flush, track } from "./track.js"
import { getVisitorId } from "./visitor.js"

/** The runtime as one object: `tp.track(...)`, also `window.tp` when the bundle is loaded by a script tag. */
export const tp = {
  configure,
  getConfig,
  track,
  flush,
  consent: setConsent,
  getConsent,
  openConsent,
  setCustomerToken,
  setSignedIn,
  getVisitorId,
  formatMoney,
  formatDate,
}

export type Touchpoints = typeof tp
