import type { Browser, BrowserContext, Page } from "playwright-core"
import type * as Widgets from "../../src/index"
import type { CartChangedDetail, ConsentChangeDetail, WishlistChangeDetail } from "../../src/runtime/events"
import type { Touchpoints } from "../../src/runtime/tp"
import { launchChromium } from "./browser"
import { type StaticServer, startStaticServer } from "./server"

/** What the test pages record (installed before any page script runs). */
export interface Recorded {
  changes: ConsentChangeDetail[]
  errors: { type: string; status: number; message: string }[]
  /** `tp-wishlist-change` details, in order. */
  wishlist: WishlistChangeDetail[]
  /** `tp:cart-changed` details, in order. */
  cart: CartChangedDetail[]
}

declare global {
  interface Window {
    __recorded: Recorded
    /** dist/index.js, loaded by `harness.library()`. */
    __widgets?: typeof Widgets
    tp?: Touchpoints
  }
}

export interface Harness {
  readonly page: Page
  readonly context: BrowserContext
  readonly origin: string
  /**
   * Opens a served path (e.g. "/fixtures/consent.html") and waits for the widgets to be defined: `defined` is
   * false (do not wait), true (`tp-consent`) or the tag to wait for.
   */
  open(path: string, options?: { defined?: boolean | string }): Promise<Page>
  recorded(): Promise<Recorded>
  /** Imports dist/index.js (registers nothing, shares the runtime state) into the page as `window.__widgets`. */
  library(): Promise<void>
}

/** One static server and one Chromium per test file, a fresh browser context (empty storage) per test. */
export function useHarness(): Harness {
  let server: StaticServer | undefined
  let browser: Browser | undefined
  let context: BrowserContext | undefined
  let page: Page | undefined

  beforeAll(async () => {
    server = await startStaticServer()
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })
  beforeEach(async () => {
    if (!browser) throw new Error("Chromium did not start")
    context = await browser.newContext()
    await context.addInitScript(() => {
      const recorded: Recorded = { changes: [], errors: [], wishlist: [], cart: [] }
      window.__recorded = recorded
      document.addEventListener("tp-consent-change", (event) => recorded.changes.push(event.detail))
      document.addEventListener("tp-wishlist-change", (event) => recorded.wishlist.push(event.detail))
      document.addEventListener("tp:cart-changed", (event) => recorded.cart.push(event.detail))
      document.addEventListener("tp-error", (event) => {
        const { type, status, message } = event.detail.error
        recorded.errors.push({ type, status, message })
      })
    })
    page = await context.newPage()
  })
  afterEach(async () => {
    await context?.close()
  })

  const harness: Harness = {
    get page() {
      if (!page) throw new Error("no page: use the harness inside a test")
      return page
    },
    get context() {
      if (!context) throw new Error("no context: use the harness inside a test")
      return context
    },
    get origin() {
      if (!server) throw new Error("no server")
      return server.origin
    },
    async open(path, { defined = true } = {}) {
      await harness.page.goto(`${harness.origin}${path}`)
      const tag = defined === true ? "tp-consent" : defined
      if (tag) await harness.page.evaluate((name) => customElements.whenDefined(name), tag)
      return harness.page
    },
    recorded: () => harness.page.evaluate(() => window.__recorded),
    async library() {
      const content = 'import * as widgets from "/dist/index.js"; window.__widgets = widgets'
      await harness.page.addScriptTag({ type: "module", content })
      await harness.page.waitForFunction(() => window.__widgets !== undefined)
    },
  }
  return harness
}
