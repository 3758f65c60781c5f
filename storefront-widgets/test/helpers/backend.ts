import { TEST_ORIGIN } from "./server"

export interface Backend {
  url: string
  key: string
}

/**
 * The real Medusa backend these tests talk to. Throws (failing the test loudly) when it is not configured:
 * the lead's test harness starts the store and sets the variables.
 */
export function requireBackend(): Backend {
  const url = process.env.TP_BACKEND_URL
  const key = process.env.TP_PUBLISHABLE_KEY
  if (!url || !key) {
    throw new Error(
      [
        "This test needs the real Medusa backend with @touchpoints/core, and it is not configured.",
        "Set TP_BACKEND_URL (e.g. http://localhost:9000) and TP_PUBLISHABLE_KEY (a publishable key linked to a",
        `sales channel), and start the store with STORE_CORS allowing ${TEST_ORIGIN}`,
        "(the static test server's origin; change its port with TP_WIDGET_TEST_PORT).",
      ].join(" ")
    )
  }
  return { url: url.replace(/\/+$/, ""), key }
}
