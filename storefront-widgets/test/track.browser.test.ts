import type { Page, Request } from "playwright-core"
import { requireBackend } from "./helpers/backend"
import { useHarness } from "./helpers/harness"

interface SentBatch {
  at: number
  visitor: string | undefined
  events: Record<string, unknown>[]
  request: Request
}

/** Records every POST /store/touchpoints/events the page sends, with the time since `start`. */
function recordBatches(page: Page): { batches: SentBatch[]; start: number } {
  const recorder = { batches: [] as SentBatch[], start: Date.now() }
  page.on("request", (request) => {
    if (!request.url().endsWith("/store/touchpoints/events") || request.method() !== "POST") return
    const body = request.postDataJSON() as { events: Record<string, unknown>[] }
    recorder.batches.push({
      at: Date.now() - recorder.start,
      visitor: request.headers()["x-touchpoints-visitor"],
      events: body.events,
      request,
    })
  })
  return recorder
}

async function acceptConsent(page: Page): Promise<string> {
  const answer = page.waitForResponse((response) => response.url().endsWith("/store/touchpoints/consent"))
  await page.evaluate(() => window.tp?.consent(true))
  await answer
  const visitor = await page.evaluate(() => localStorage.getItem("tp_visitor_id"))
  if (!visitor) throw new Error("no visitor id after consent")
  return visitor
}

async function waitForBatches(recorder: { batches: SentBatch[] }, count: number, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs
  while (recorder.batches.length < count) {
    if (Date.now() > until) throw new Error(`expected ${count} event requests, saw ${recorder.batches.length}`)
    await new Promise((done) => setTimeout(done, 25))
  }
}

/** Each batch's answer from the real backend. */
async function answers(batches: SentBatch[]): Promise<{ status: number; body: unknown }[]> {
  return Promise.all(
    batches.map(async ({ request }) => {
      const response = await request.response()
      if (!response) throw new Error(`no response for ${request.url()}`)
      return { status: response.status(), body: await response.json() }
    })
  )
}

describe("tp.track()", () => {
  const harness = useHarness()

  describe("UTM capture", () => {
    it("should keep the landing page's utm_* parameters for the whole session", async () => {
      const page = await harness.open(
        "/fixtures/consent.html?utm_source=newsletter&utm_medium=email&utm_campaign=spring&utm_term=apples&utm_content=hero&other=1"
      )
      await page.evaluate(() => window.tp?.track({ type: "page_view" }))
      const first = await page.evaluate(() => sessionStorage.getItem("tp_utm"))
      expect(JSON.parse(first ?? "null")).toEqual({
        source: "newsletter",
        medium: "email",
        campaign: "spring",
        term: "apples",
        content: "hero",
      })

      await harness.open("/fixtures/consent.html?utm_source=other-campaign")
      await page.evaluate(() => window.tp?.track({ type: "page_view" }))
      expect(await page.evaluate(() => sessionStorage.getItem("tp_utm"))).toBe(first)

      const fresh = await harness.context.newPage()
      await fresh.goto(`${harness.origin}/fixtures/consent.html?utm_source=second-tab`)
      await fresh.evaluate(() => window.tp?.track({ type: "page_view" }))
      expect(JSON.parse((await fresh.evaluate(() => sessionStorage.getItem("tp_utm"))) ?? "null")).toEqual({
        source: "second-tab",
      })
    })

    it("should remember a landing page without campaign as none", async () => {
      const page = await harness.open("/fixtures/consent.html")
      await page.evaluate(() => window.tp?.track({ type: "page_view" }))
      await harness.open("/fixtures/consent.html?utm_source=late")
      await page.evaluate(() => window.tp?.track({ type: "page_view" }))
      expect(await page.evaluate(() => sessionStorage.getItem("tp_utm"))).toBe("{}")
    })
  })

  describe("before consent", () => {
    it("should send nothing and create no visitor id", async () => {
      const page = await harness.open("/fixtures/consent.html")
      const recorder = recordBatches(page)
      await page.evaluate(() => {
        for (let i = 0; i < 12; i++) window.tp?.track({ type: "search", query: `query ${i}` })
      })
      await page.waitForTimeout(1500)
      expect(recorder.batches).toHaveLength(0)
      expect(await page.evaluate(() => localStorage.getItem("tp_visitor_id"))).toBeNull()
    })
  })

  describe("POST /store/touchpoints/events (real backend)", () => {
    it("should send the held page_view with the session's UTM once the shopper accepts", async () => {
      requireBackend()
      const page = await harness.open(
        "/fixtures/consent.html?utm_source=newsletter&utm_medium=email&utm_campaign=spring"
      )
      const recorder = recordBatches(page)
      await page.evaluate(() => window.tp?.track({ type: "page_view" }))
      await page.waitForTimeout(1200)
      expect(recorder.batches).toHaveLength(0)

      await page.getByRole("button", { name: "Accept all" }).click()
      await waitForBatches(recorder, 1)
      const [batch] = recorder.batches
      const visitor = await page.evaluate(() => localStorage.getItem("tp_visitor_id"))
      expect(batch?.visitor).toBe(visitor)
      expect(batch?.events).toEqual([
        {
          type: "page_view",
          occurred_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
          url: `${harness.origin}/fixtures/consent.html?utm_source=newsletter&utm_medium=email&utm_campaign=spring`,
          title: "tp-consent fixture",
          utm: { source: "newsletter", medium: "email", campaign: "spring" },
        },
      ])
      expect(await answers(recorder.batches)).toEqual([
        { status: 202, body: { visitor_id: visitor, accepted: 1, stored: 1 } },
      ])
    })

    it("should flush at 10 queued events at once and the rest after about a second", async () => {
      requireBackend()
      const page = await harness.open("/fixtures/consent.html")
      await acceptConsent(page)
      const recorder = recordBatches(page)
      await page.evaluate(() => {
        for (let i = 0; i < 25; i++) window.tp?.track({ type: "category_view", category_id: `pcat_${i}` })
      })
      await waitForBatches(recorder, 3)
      const sizes = recorder.batches.map((batch) => batch.events.length)
      expect(sizes).toEqual([10, 10, 5])
      const [first, second, third] = recorder.batches.map((batch) => batch.at)
      expect((second ?? 0) - (first ?? 0)).toBeLessThan(300) // both sent as soon as 10 were queued
      expect((third ?? 0) - (second ?? 0)).toBeGreaterThanOrEqual(800) // the rest after the 1 s timer
      expect((third ?? 0) - (second ?? 0)).toBeLessThan(3000)
      expect(recorder.batches.flatMap((batch) => batch.events.map((event) => event.category_id))).toEqual(
        Array.from({ length: 25 }, (_, i) => `pcat_${i}`)
      )
      const results = await answers(recorder.batches)
      expect(results.map((result) => result.status)).toEqual([202, 202, 202])
      expect(results.map((result) => (result.body as { accepted: number }).accepted)).toEqual([10, 10, 5])
    })

    it("should send at most 50 events per request (the newest 50 held before consent)", async () => {
      requireBackend()
      const page = await harness.open("/fixtures/consent.html")
      const recorder = recordBatches(page)
      await page.evaluate(() => {
        for (let i = 0; i < 60; i++) window.tp?.track({ type: "product_view", product_id: `prod_${i}` })
      })
      await acceptConsent(page)
      await waitForBatches(recorder, 1)
      await page.waitForTimeout(300)
      expect(recorder.batches).toHaveLength(1)
      expect(recorder.batches[0]?.events).toHaveLength(50)
      expect(recorder.batches[0]?.events[0]).toMatchObject({ type: "product_view", product_id: "prod_10" })
      expect((await answers(recorder.batches))[0]).toMatchObject({ status: 202, body: { accepted: 50 } })
    })

    it("should send only each type's own fields", async () => {
      requireBackend()
      const page = await harness.open("/fixtures/consent.html")
      await acceptConsent(page)
      const recorder = recordBatches(page)
      await page.evaluate(() => {
        const loose: Record<string, unknown> = { type: "add_to_cart", variant_id: "variant_1", quantity: 2 }
        Object.assign(loose, { cart_id: "cart_1", url: "https://x.example", color: "red", title: "" })
        window.tp?.track(loose as unknown as Parameters<NonNullable<typeof window.tp>["track"]>[0])
        window.tp?.track({ type: "checkout_started", cart_id: "cart_1" })
        void window.tp?.flush()
      })
      await waitForBatches(recorder, 1)
      expect(recorder.batches[0]?.events.map(({ occurred_at: _, ...event }) => event)).toEqual([
        { type: "add_to_cart", variant_id: "variant_1", quantity: 2, cart_id: "cart_1" },
        { type: "checkout_started", cart_id: "cart_1" },
      ])
      expect((await answers(recorder.batches))[0]?.status).toBe(202)
    })

    it("should flush with keepalive when the page is hidden", async () => {
      requireBackend()
      const page = await harness.open("/fixtures/consent.html")
      await acceptConsent(page)
      const recorder = recordBatches(page)
      await page.evaluate(() => {
        window.tp?.track({ type: "search", query: "apples" })
        Object.defineProperty(document, "visibilityState", { value: "hidden", configurable: true })
        document.dispatchEvent(new Event("visibilitychange"))
      })
      await waitForBatches(recorder, 1, 500)
      expect(recorder.batches[0]?.events).toMatchObject([{ type: "search", query: "apples" }])
      expect((await answers(recorder.batches))[0]?.status).toBe(202)
    })

    it("should send what is queued when the shopper leaves the page", async () => {
      const backend = requireBackend()
      const page = await harness.open("/fixtures/consent.html")
      const visitor = await acceptConsent(page)
      await page.evaluate(() => {
        window.tp?.track({ type: "product_view", product_id: "prod_leaving_1" })
        window.tp?.track({ type: "product_view", product_id: "prod_leaving_2" })
      })
      await page.goto("about:blank")
      await new Promise((done) => setTimeout(done, 1500))
      const response = await fetch(`${backend.url}/store/touchpoints/visitor`, {
        headers: { "x-publishable-api-key": backend.key, "x-touchpoints-visitor": visitor },
      })
      expect(response.status).toBe(200)
      const { visitor: profile } = (await response.json()) as { visitor: { product_views: unknown[] } }
      expect(profile.product_views).toEqual(
        expect.arrayContaining([
          { product_id: "prod_leaving_1", count: 1 },
          { product_id: "prod_leaving_2", count: 1 },
        ])
      )
    })

    it("should send a batch again while the store answers 503, and store it once", async () => {
      const backend = requireBackend()
      const page = await harness.open("/fixtures/consent.html")
      const visitor = await acceptConsent(page)
      let refused = 0
      // the store's answer during a database restart (plugins/core), twice; then the real backend
      await page.route("**/store/touchpoints/events", async (route) => {
        if (refused >= 2) return route.continue()
        refused += 1
        await route.fulfill({
          status: 503,
          headers: {
            "content-type": "application/json",
            "retry-after": "2",
            "access-control-allow-origin": new URL(page.url()).origin,
            "access-control-allow-credentials": "true",
          },
          body: JSON.stringify({ type: "unavailable", message: "The events cannot be saved right now" }),
        })
      })
      const recorder = recordBatches(page)
      await page.evaluate(() => window.tp?.track({ type: "product_view", product_id: "prod_retried_1" }))
      await page.evaluate(() => window.tp?.flush())
      await waitForBatches(recorder, 3, 10_000)
      expect(refused).toBe(2)
      expect((await answers(recorder.batches)).map((answer) => answer.status)).toEqual([503, 503, 202])
      const response = await fetch(`${backend.url}/store/touchpoints/visitor`, {
        headers: { "x-publishable-api-key": backend.key, "x-touchpoints-visitor": visitor },
      })
      const { visitor: profile } = (await response.json()) as { visitor: { product_views: unknown[] } }
      expect(profile.product_views).toEqual(expect.arrayContaining([{ product_id: "prod_retried_1", count: 1 }]))
    })

    it("should drop held events and send nothing after necessary only", async () => {
      requireBackend()
      const page = await harness.open("/fixtures/consent.html")
      const recorder = recordBatches(page)
      await page.evaluate(() => window.tp?.track({ type: "page_view" }))
      const answer = page.waitForResponse((response) => response.url().endsWith("/store/touchpoints/consent"))
      await page.getByRole("button", { name: "Necessary only" }).click()
      await answer
      await page.evaluate(() => {
        window.tp?.track({ type: "add_to_cart", variant_id: "variant_1", quantity: 1 })
        window.tp?.track({ type: "checkout_started", cart_id: "cart_1" })
        void window.tp?.flush()
      })
      await page.waitForTimeout(1500)
      expect(recorder.batches).toHaveLength(0)
      expect(await page.evaluate(() => localStorage.getItem("tp_visitor_id"))).toBeNull()
    })
  })
})
