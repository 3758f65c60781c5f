import type * as Widgets from "../src/index"
import { requireBackend } from "./helpers/backend"
import { type Harness, useHarness } from "./helpers/harness"
import { TEST_PORT } from "./helpers/server"

interface Failure {
  name: string
  type: string
  status: number
  message: string
}

/**
 * Calls `storeFetch` in the page through a second import of the library (dist/index.js, which registers
 * nothing and shares the runtime's state with the bundle) and returns the error it rejected with.
 */
async function failingCall(
  harness: Harness,
  path: string,
  options: Partial<Widgets.TouchpointsConfig>
): Promise<Failure | null> {
  await harness.library()
  return harness.page.evaluate(
    async ({ path, options }) => {
      const widgets = window.__widgets
      if (!widgets) throw new Error("library not loaded")
      widgets.configure(options)
      try {
        await widgets.storeFetch(path)
        return null
      } catch (error) {
        const { name, type, status, message } = error as Widgets.TouchpointsError
        return { name, type, status, message }
      }
    },
    { path, options }
  )
}

describe("runtime", () => {
  const harness = useHarness()

  describe("configuration", () => {
    it("should take its options from <tp-config> attributes", async () => {
      const page = await harness.open("/fixtures/consent.html")
      const config = await page.evaluate(() => {
        const element = document.querySelector("tp-config")
        element?.setAttribute("backend-url", "https://api.shop.example/")
        element?.setAttribute("timeout-ms", "2500")
        element?.setAttribute("fetch-credentials", "include")
        element?.setAttribute("currency", "eur")
        return window.tp?.getConfig()
      })
      expect(config).toMatchObject({
        backendUrl: "https://api.shop.example",
        locale: "en",
        currency: "eur",
        consentRequired: true,
        timeoutMs: 2500,
        fetchCredentials: "include",
      })
    })

    it("should format money in major units and dates with Intl", async () => {
      const page = await harness.open("/fixtures/consent.html")
      const formatted = await page.evaluate(() => {
        const tp = window.tp
        if (!tp) return []
        return [
          tp.formatMoney(12.5, "eur", "de-DE"),
          tp.formatMoney(12.5, "EUR", "en-US"),
          tp.formatMoney(1234, "usd", "en-US"),
          tp.formatMoney(3, "xx1", "en-US"),
          tp.formatDate("2026-11-23T10:00:00Z", "de-DE"),
          tp.formatDate("2026-11-23T10:00:00Z", "en-US"),
          tp.formatDate("not a date"),
        ].map((text) => text.replace(/\s/g, " "))
      })
      expect(formatted).toEqual(["12,50 €", "€12.50", "$1,234.00", "3.00 XX1", "23.11.2026", "Nov 23, 2026", ""])
    })
  })

  describe("store API client errors", () => {
    it("should report an unreachable backend as a network error that names STORE_CORS", async () => {
      await harness.open("/fixtures/consent.html")
      const failure = await failingCall(harness, "/store/products", {
        backendUrl: "http://localhost:9",
        publishableKey: "pk_x",
      })
      expect(failure).toMatchObject({ name: "TouchpointsError", type: "network", status: 0 })
      expect(failure?.message).toContain("http://localhost:9")
      expect(failure?.message).toContain(`STORE_CORS setting must allow this page's origin (${harness.origin})`)
      expect((await harness.recorded()).errors).toEqual([{ type: "network", status: 0, message: failure?.message }])
    })

    it("should report a call that CORS blocks with the same clear message", async () => {
      // the page runs on 127.0.0.1, the server it calls (localhost) sends no CORS headers
      const page = harness.page
      await page.goto(`http://127.0.0.1:${TEST_PORT}/fixtures/consent.html`)
      const failure = await failingCall(harness, "/store/products", {
        backendUrl: harness.origin,
        publishableKey: "pk_x",
      })
      expect(failure).toMatchObject({ type: "network", status: 0 })
      expect(failure?.message).toContain(`origin (http://127.0.0.1:${TEST_PORT})`)
    })

    it("should abort after timeoutMs", async () => {
      await harness.open("/fixtures/consent.html")
      const failure = await failingCall(harness, "/store/x", {
        backendUrl: `${harness.origin}/__slow`,
        publishableKey: "pk_x",
        timeoutMs: 300,
      })
      expect(failure).toMatchObject({ type: "timeout", status: 0 })
      expect(failure?.message).toContain("300 ms")
    })

    it("should refuse to call without a publishable key", async () => {
      await harness.open("/fixtures/consent.html")
      const failure = await failingCall(harness, "/store/products", { publishableKey: "" })
      expect(failure).toMatchObject({ type: "config", status: 0 })
      expect(failure?.message).toContain("publishableKey")
    })

    it("should parse Medusa's { type, message } error from the real backend", async () => {
      const backend = requireBackend()
      await harness.open("/fixtures/consent.html")
      const failure = await failingCall(harness, "/store/products", {
        backendUrl: backend.url,
        publishableKey: "pk_wrong",
      })
      expect(failure).toEqual({
        name: "TouchpointsError",
        type: "not_allowed",
        status: 400,
        message: "A valid publishable key is required to proceed with the request",
      })
      expect((await harness.recorded()).errors).toEqual([
        { type: "not_allowed", status: 400, message: failure?.message },
      ])
    })
  })

  describe("store API client requests (real backend)", () => {
    it("should send the key, the customer's bearer token and the visitor header", async () => {
      requireBackend()
      const page = await harness.open("/fixtures/consent.html")
      await page.evaluate(() => localStorage.setItem("tp_consent", "all"))
      await harness.library()
      const visitor = await page.evaluate(() => {
        window.__widgets?.setCustomerToken("not-a-real-token")
        return window.__widgets?.obtainVisitorId()
      })
      expect(visitor).toMatch(/^tpv_[A-Za-z0-9_-]{22}\.0\.[A-Za-z0-9_-]{22}$/)
      const request = page.waitForRequest((candidate) => candidate.url().includes("/store/products"))
      const body = await page.evaluate(async () => {
        const query = { limit: 1, fields: "id" }
        return window.__widgets?.storeFetch<{ products: unknown[] }>("/store/products", { query })
      })
      const headers = (await request).headers()
      expect(headers["x-publishable-api-key"]).toBe(process.env.TP_PUBLISHABLE_KEY)
      expect(headers.authorization).toBe("Bearer not-a-real-token")
      expect(headers["x-touchpoints-visitor"]).toBe(visitor)
      expect(Array.isArray(body?.products)).toBe(true)
    })
  })
})
