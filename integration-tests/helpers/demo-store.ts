/** Where the demo store started by `npm test` (src/launcher/test.mjs) runs; e2e tests need it. */
export function demoStore(): { backendUrl: string; publishableKey: string; demoUrl: string; databaseUrl: string } {
  const backendUrl = process.env.TP_BACKEND_URL
  const publishableKey = process.env.TP_PUBLISHABLE_KEY
  const demoUrl = process.env.TP_DEMO_URL
  const databaseUrl = process.env.TP_STORE_DATABASE_URL
  if (!backendUrl || !publishableKey || !demoUrl || !databaseUrl) {
    throw new Error(
      "End-to-end tests need the running demo store: run them through `npm test -- e2e`, which starts it " +
        "(TP_BACKEND_URL, TP_PUBLISHABLE_KEY, TP_DEMO_URL and TP_STORE_DATABASE_URL are unset)"
    )
  }
  return { backendUrl, publishableKey, demoUrl, databaseUrl }
}
