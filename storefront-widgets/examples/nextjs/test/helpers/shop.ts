import type { Browser, BrowserContext, Page } from "playwright-core"
import type { Touchpoints } from "../../../../src/runtime/tp"
import { launchChromium } from "../../../../test/helpers/browser"

declare global {
  interface Window {
    /** Set by the widgets' bundle, which TouchpointsWidgets loads after hydration. */
    tp?: Touchpoints
  }
}

/** The example storefront `next start`ed by the global setup. */
export const APP = `http://localhost:${Number(process.env.TP_NEXT_PORT || 8740)}`

/** A 1x1 transparent PNG: the demo seed's product images live on a host this machine may not reach. */
const PIXEL = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64"
)

export interface Shopper {
  readonly context: BrowserContext
  readonly page: Page
  /** Console errors and warnings and uncaught page errors, of every page of the shopper, as `type: text (url)`. */
  readonly problems: string[]
  /** Opens a path of the shop and waits until the widgets are defined (the bundle loaded after hydration). */
  open(path: string): Promise<Page>
  /** A cookie of the shop's origin (the httpOnly ones too: read from the browser, not the page). */
  cookie(name: string): Promise<string | undefined>
}

export interface ShopperOptions {
  /** The consent choice already made ("ask": none yet, the banner shows). Default "necessary": no banner. */
  consent?: "all" | "necessary" | "ask"
}

async function newShopper(browser: Browser, { consent = "necessary" }: ShopperOptions): Promise<Shopper> {
  const context = await browser.newContext()
  await context.route(
    (url) => url.hostname !== "localhost",
    (route) =>
      route.request().resourceType() === "image"
        ? route.fulfill({ body: PIXEL, contentType: "image/png" })
        : route.abort()
  )
  if (consent !== "ask") {
    await context.addInitScript((choice) => {
      // also runs in the first about:blank, whose storage is off limits
      if (location.protocol.startsWith("http")) localStorage.setItem("tp_consent", choice)
    }, consent)
  }
  const problems: string[] = []
  context.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") {
      problems.push(`${message.type()}: ${message.text()} (${message.location().url})`)
    }
  })
  context.on("weberror", (error) => problems.push(`pageerror: ${error.error().message}`))
  const page = await context.newPage()
  return {
    context,
    page,
    problems,
    async open(path) {
      await page.goto(`${APP}${path}`)
      await page.evaluate(() => customElements.whenDefined("tp-consent"))
      return page
    },
    async cookie(name) {
      return (await context.cookies(APP)).find((entry) => entry.name === name)?.value
    },
  }
}

/** One Chromium per test file; every `shopper()` is a fresh browser context (own cookies and storage). */
export function useShop(): { shopper(options?: ShopperOptions): Promise<Shopper> } {
  let browser: Browser | undefined
  const contexts: BrowserContext[] = []
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()))
  })
  afterAll(async () => {
    await browser?.close()
  })
  return {
    async shopper(options = {}) {
      if (!browser) throw new Error("Chromium did not start")
      const shopper = await newShopper(browser, options)
      contexts.push(shopper.context)
      return shopper
    },
  }
}
