/** Names of what the runtime keeps in the browser (documented in the README, "What is stored"). */
export const VISITOR_KEY = "tp_visitor_id"
export const CONSENT_KEY = "tp_consent"
export const UTM_KEY = "tp_utm"
export const WISHLIST_TOKEN_KEY = "tp_wishlist_token"
