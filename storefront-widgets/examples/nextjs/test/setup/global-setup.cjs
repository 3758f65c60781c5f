// Builds and starts the example before the tests: widgets' dist/ (when missing), npm install (when stale),
// `next build`, `next start` on TP_NEXT_PORT (default 8740). Needs the real Medusa backend.
const { saveBuildReport } = require("./build-report.cjs")
const { buildExample, buildWidgets, installExample, startExample } = require("./steps.cjs")

function requireBackend() {
  const url = process.env.TP_BACKEND_URL
  const key = process.env.TP_PUBLISHABLE_KEY
  if (!url || !key) {
    throw new Error(
      [
        "The Next.js example's tests need the real Medusa backend with the Touchpoints plugins, and it is not",
        "configured. Set TP_BACKEND_URL (e.g. http://localhost:9000) and TP_PUBLISHABLE_KEY (a publishable key",
        "linked to a sales channel); the demo store (`npm start` at the repository root) prints both.",
      ].join(" ")
    )
  }
  return { url: url.replace(/\/+$/, ""), key }
}

module.exports = async () => {
  const start = Date.now()
  const backend = requireBackend()
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
    NEXT_PUBLIC_MEDUSA_BACKEND_URL: backend.url,
    NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY: backend.key,
    MEDUSA_BACKEND_URL: backend.url,
  }
  buildWidgets()
  installExample()
  saveBuildReport(buildExample(env))
  await startExample(env)
  console.log(`[nextjs-example] ready after ${((Date.now() - start) / 1000).toFixed(1)} s`)
}
