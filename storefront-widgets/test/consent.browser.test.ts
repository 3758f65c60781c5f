import type { Page, Response } from "playwright-core"
import { requireBackend } from "./helpers/backend"
import { useHarness } from "./helpers/harness"

/** A visitor id the backend issued: the id and the shop's signature. */
const VISITOR_ID = /^[A-Za-z0-9_-]{16,64}\.0\.[A-Za-z0-9_-]{22}$/

/** Which part of the banner has focus ("" when focus is outside tp-consent). */
function focusedPart(page: Page): Promise<string> {
  return page.evaluate(() => {
    const host = document.activeElement
    if (host?.localName !== "tp-consent") return ""
    return host.shadowRoot?.activeElement?.getAttribute("part") ?? ""
  })
}

function storage(page: Page) {
  return page.evaluate(() => ({
    consent: localStorage.getItem("tp_consent"),
    visitor: localStorage.getItem("tp_visitor_id"),
  }))
}

function consentResponse(page: Page): Promise<Response> {
  return page.waitForResponse(
    (response) => response.url().endsWith("/store/touchpoints/consent") && response.request().method() === "POST"
  )
}

describe("<tp-consent>", () => {
  const harness = useHarness()

  describe("accessibility", () => {
    it("should be a named region with a short text, a privacy link and two real buttons", async () => {
      const page = await harness.open("/fixtures/consent.html")
      const region = page.getByRole("region", { name: "Privacy choices" })
      await region.waitFor({ state: "visible" })
      const snapshot = await region.ariaSnapshot()
      expect(snapshot).toContain('region "Privacy choices"')
      expect(snapshot).toContain('link "Privacy policy"')
      expect(snapshot).toContain('button "Necessary only"')
      expect(snapshot).toContain('button "Accept all"')
      expect(await page.getByRole("link", { name: "Privacy policy" }).getAttribute("href")).toBe(
        `${harness.origin}/privacy`
      )
      const tags = await page.evaluate(() =>
        Array.from(document.querySelector("tp-consent")?.shadowRoot?.querySelectorAll("[part]") ?? [], (node) =>
          [node.getAttribute("part"), node.localName, node.getAttribute("type") ?? ""].join(":")
        )
      )
      expect(tags).toEqual(
        expect.arrayContaining(["banner:section:", "accept:button:button", "necessary:button:button"])
      )
    })

    it("should reach both buttons with Tab and show a visible focus ring", async () => {
      const page = await harness.open("/fixtures/consent.html")
      await page.getByRole("button", { name: "Accept all" }).waitFor()
      await page.keyboard.press("Tab")
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("before")
      await page.keyboard.press("Tab")
      expect(await focusedPart(page)).toBe("privacy-link")
      await page.keyboard.press("Tab")
      expect(await focusedPart(page)).toBe("necessary")
      await page.keyboard.press("Tab")
      expect(await focusedPart(page)).toBe("accept")
      const outline = await page.evaluate(() => {
        const button = document.querySelector("tp-consent")?.shadowRoot?.activeElement
        return button ? getComputedStyle(button).outlineStyle : ""
      })
      expect(outline).toBe("solid")
    })

    it("should not animate when the shopper prefers reduced motion", async () => {
      await harness.page.emulateMedia({ reducedMotion: "reduce" })
      const page = await harness.open("/fixtures/consent.html")
      const animation = await page.evaluate(() => {
        const banner = document.querySelector("tp-consent")?.shadowRoot?.querySelector('[part="banner"]')
        return banner ? getComputedStyle(banner).animationName : "missing"
      })
      expect(animation).toBe("none")
    })

    it("should follow the locale and per-key string overrides", async () => {
      const page = await harness.open("/fixtures/consent.html")
      await page.evaluate(() => window.tp?.configure({ locale: "de-DE" }))
      await page.getByRole("region", { name: "Datenschutz-Einstellungen" }).waitFor()
      await page.getByRole("button", { name: "Alle akzeptieren" }).waitFor()
      await page.evaluate(() => window.tp?.configure({ strings: { "consent.accept": "Ja, gerne" } }))
      await page.getByRole("button", { name: "Ja, gerne" }).waitFor()
      expect(await page.getByRole("button", { name: "Nur notwendige" }).count()).toBe(1)
    })
  })

  describe("host element", () => {
    it("should leave its host's outerHTML and light DOM unchanged when it upgrades", async () => {
      const page = await harness.open("/fixtures/bare.html", { defined: false })
      const before = await page.evaluate(() => document.getElementById("host")?.innerHTML)
      await page.addScriptTag({ type: "module", url: "/dist/touchpoints.js" })
      await page.evaluate(() => customElements.whenDefined("tp-consent"))
      await page.getByRole("region", { name: "Privacy choices" }).waitFor()
      const after = await page.evaluate(() => ({
        html: document.getElementById("host")?.innerHTML,
        shadow: Boolean(document.querySelector("tp-consent")?.shadowRoot),
        children: document.querySelector("tp-consent")?.childNodes.length,
      }))
      expect(after).toEqual({ html: before, shadow: true, children: 0 })
    })

    it("should register nothing twice when a second copy of the widgets loads", async () => {
      const page = await harness.open("/fixtures/consent.html")
      const errors: string[] = []
      page.on("pageerror", (error) => errors.push(error.message))
      await page.addScriptTag({ type: "module", url: "/dist/consent.js?second-copy" })
      await page.addScriptTag({ type: "module", url: "/dist/touchpoints.js?third-copy" })
      expect(errors).toEqual([])
      expect(await page.getByRole("region", { name: "Privacy choices" }).count()).toBe(1)
    })
  })

  describe("before a choice", () => {
    it("should create no visitor id and keep showing the banner", async () => {
      const page = await harness.open("/fixtures/consent.html")
      await page.evaluate(() => window.tp?.track({ type: "page_view" }))
      await page.reload()
      await page.getByRole("region", { name: "Privacy choices" }).waitFor()
      expect(await storage(page)).toEqual({ consent: null, visitor: null })
    })

    it("should stay hidden when the shop does not require consent", async () => {
      const page = await harness.open("/fixtures/consent.html")
      await page.evaluate(() => document.querySelector("tp-config")?.setAttribute("consent-required", "false"))
      await page.getByRole("region", { name: "Privacy choices" }).waitFor({ state: "hidden" })
    })
  })

  describe("POST /store/touchpoints/consent (real backend)", () => {
    it("should accept with Enter, post the choice with the new visitor id and remember it across reloads", async () => {
      requireBackend()
      const page = await harness.open("/fixtures/consent.html")
      const outerBefore = await page.evaluate(() => document.querySelector("tp-consent")?.outerHTML)
      await page.getByRole("button", { name: "Accept all" }).focus()
      const answer = consentResponse(page)
      await page.keyboard.press("Enter")
      const response = await answer

      const { consent, visitor } = await storage(page)
      expect(consent).toBe("all")
      expect(visitor).toMatch(VISITOR_ID)
      expect(response.status()).toBe(200)
      expect(response.request().postDataJSON()).toEqual({ analytics: true })
      expect(response.request().headers()["x-touchpoints-visitor"]).toBe(visitor)
      expect(await response.json()).toMatchObject({ visitor_id: visitor, analytics: true })
      expect((await harness.recorded()).changes).toEqual([{ analytics: true }])
      expect((await harness.recorded()).errors).toEqual([])
      await page.getByRole("region", { name: "Privacy choices" }).waitFor({ state: "hidden" })
      expect(await page.evaluate(() => document.querySelector("tp-consent")?.outerHTML)).toBe(outerBefore)

      await page.reload()
      await page.evaluate(() => customElements.whenDefined("tp-consent"))
      expect(await page.getByRole("region", { name: "Privacy choices" }).isHidden()).toBe(true)
      expect(await storage(page)).toEqual({ consent: "all", visitor })
    })

    it("should reopen on tp-consent-open, decline with Space and forget the visitor id", async () => {
      requireBackend()
      const page = await harness.open("/fixtures/consent.html")
      const accepted = consentResponse(page)
      await page.getByRole("button", { name: "Accept all" }).click()
      await accepted
      const { visitor } = await storage(page)

      await page.evaluate(() => document.dispatchEvent(new Event("tp-consent-open")))
      await page.getByRole("region", { name: "Privacy choices" }).waitFor()
      expect(await focusedPart(page)).toBe("necessary")
      const declined = consentResponse(page)
      await page.keyboard.press("Space")
      const response = await declined

      expect(response.status()).toBe(200)
      expect(response.request().postDataJSON()).toEqual({ analytics: false })
      expect(response.request().headers()["x-touchpoints-visitor"]).toBe(visitor)
      expect(await response.json()).toMatchObject({ visitor_id: visitor, analytics: false })
      await page.waitForFunction(() => localStorage.getItem("tp_visitor_id") === null)
      expect(await storage(page)).toEqual({ consent: "necessary", visitor: null })
      expect((await harness.recorded()).changes).toEqual([{ analytics: true }, { analytics: false }])

      await page.reload()
      await page.evaluate(() => customElements.whenDefined("tp-consent"))
      expect(await page.getByRole("region", { name: "Privacy choices" }).isHidden()).toBe(true)
    })

    it("should create no visitor id when the first choice is necessary only", async () => {
      requireBackend()
      const page = await harness.open("/fixtures/consent.html")
      const answer = consentResponse(page)
      await page.getByRole("button", { name: "Necessary only" }).click()
      const response = await answer
      expect(response.status()).toBe(200)
      expect(response.request().headers()["x-touchpoints-visitor"]).toBeUndefined()
      expect(await response.json()).toMatchObject({ visitor_id: null, analytics: false })
      expect(await storage(page)).toEqual({ consent: "necessary", visitor: null })
      expect((await harness.recorded()).changes).toEqual([{ analytics: false }])
    })
  })
})
