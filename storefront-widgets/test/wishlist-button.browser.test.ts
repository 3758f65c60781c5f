import type { Page } from "playwright-core"
import { requireBackend } from "./helpers/backend"
import { useHarness } from "./helpers/harness"
import { euroRegion, someVariant, someVariants, storeCall } from "./helpers/store"
import { focusedPart, guestToken, listsOf, mount, recordRequests, savedVariants } from "./helpers/wishlist"

const FIXTURE = "/fixtures/wishlist.html"

function heart(page: Page, index = 0) {
  return page.getByRole("button", { name: "Save to wishlist" }).nth(index)
}

function pressedOf(page: Page, index = 0): Promise<string | null> {
  return heart(page, index).getAttribute("aria-pressed")
}

/** A guest list holding `variantIds`, made from Node through the store API; returns the guest token. */
async function guestWith(variantIds: string[], named?: string): Promise<string> {
  let token: string | undefined
  for (const variant_id of variantIds) {
    const headers: Record<string, string> = token ? { "x-wishlist-token": token } : {}
    const answer = await storeCall<{ guest_token?: string }>("/store/wishlists/default/items", {
      body: { variant_id },
      headers,
    })
    token ??= answer.guest_token
  }
  if (!token) throw new Error("the backend issued no guest_token")
  if (named) {
    const { wishlist } = await storeCall<{ wishlist: { id: string } }>("/store/wishlists", {
      body: { name: named },
      headers: { "x-wishlist-token": token },
    })
    for (const variant_id of variantIds) {
      await storeCall(`/store/wishlists/${wishlist.id}/items`, {
        body: { variant_id },
        headers: { "x-wishlist-token": token },
      })
    }
  }
  return token
}

async function useToken(page: Page, token: string): Promise<void> {
  await page.evaluate((value) => localStorage.setItem("tp_wishlist_token", value), token)
}

describe("<tp-wishlist-button>", () => {
  const harness = useHarness()

  describe("accessibility", () => {
    it("should be a toggle button named 'Save to wishlist' that Tab reaches and Enter and Space toggle", async () => {
      requireBackend()
      const variant = await someVariant()
      const page = await harness.open(FIXTURE, { defined: "tp-wishlist-button" })
      await mount(page, `<tp-wishlist-button variant-id="${variant.variantId}"></tp-wishlist-button>`)
      const snapshot = await page.locator("tp-wishlist-button").ariaSnapshot()
      expect(snapshot).toContain('button "Save to wishlist"')
      expect(await pressedOf(page)).toBe("false")
      expect(await heart(page).evaluate((node) => [node.localName, node.getAttribute("type")])).toEqual([
        "button",
        "button",
      ])

      await page.locator("#before").focus()
      await page.keyboard.press("Tab")
      expect(await focusedPart(page, "tp-wishlist-button")).toBe("button")
      const outline = await heart(page).evaluate((node) => getComputedStyle(node).outlineStyle)
      expect(outline).toBe("solid")

      await page.keyboard.press("Enter")
      await page.waitForFunction(() =>
        document
          .querySelector("tp-wishlist-button")
          ?.shadowRoot?.querySelector('[aria-pressed="true"]:not([aria-busy])')
      )
      await page.getByRole("status").filter({ hasText: "Saved to your wishlist" }).waitFor({ state: "attached" })
      expect(await focusedPart(page, "tp-wishlist-button")).toBe("button")

      await page.keyboard.press("Space")
      await page.waitForFunction(() =>
        document
          .querySelector("tp-wishlist-button")
          ?.shadowRoot?.querySelector('[aria-pressed="false"]:not([aria-busy])')
      )
      await page.getByRole("status").filter({ hasText: "Removed from your wishlist" }).waitFor({ state: "attached" })
      expect(savedVariants(await listsOf({ guest: await guestToken(page) }))).not.toContain(variant.variantId)
      expect((await harness.recorded()).errors).toEqual([])
    })

    it("should keep its size whatever its state and count (no layout shift)", async () => {
      requireBackend()
      const variant = await someVariant()
      const page = await harness.open(FIXTURE, { defined: "tp-wishlist-button" })
      await mount(page, `<tp-wishlist-button variant-id="${variant.variantId}" show-count></tp-wishlist-button>`)
      const box = () => page.locator("tp-wishlist-button").boundingBox()
      const before = await box()
      expect(before?.width).toBeGreaterThanOrEqual(44) // 2.75rem button: a comfortable touch target
      await heart(page).click()
      await page.waitForFunction(() =>
        document
          .querySelector("tp-wishlist-button")
          ?.shadowRoot?.querySelector('[aria-pressed="true"]:not([aria-busy])')
      )
      await page.waitForFunction(
        () => document.querySelector("tp-wishlist-button")?.shadowRoot?.querySelector('[part="count"]')?.textContent
      )
      expect(await box()).toEqual(before)
      await heart(page).click()
      await page.waitForFunction(() =>
        document
          .querySelector("tp-wishlist-button")
          ?.shadowRoot?.querySelector('[aria-pressed="false"]:not([aria-busy])')
      )
      expect(await box()).toEqual(before)
    })

    it("should not animate the heart when the shopper prefers reduced motion", async () => {
      await harness.page.emulateMedia({ reducedMotion: "reduce" })
      const page = await harness.open(FIXTURE, { defined: "tp-wishlist-button" })
      await mount(page, `<tp-wishlist-button variant-id="variant_x"></tp-wishlist-button>`)
      const transition = await page.evaluate(() => {
        const icon = document.querySelector("tp-wishlist-button")?.shadowRoot?.querySelector('[part="icon"]')
        return icon ? getComputedStyle(icon).transitionDuration : "missing"
      })
      expect(transition).toBe("0s")
    })

    it("should leave its host's attributes and light DOM unchanged", async () => {
      const page = await harness.open(FIXTURE, { defined: "tp-wishlist-button" })
      await mount(page, `<tp-wishlist-button variant-id="variant_x" class="shop" data-x="1"></tp-wishlist-button>`)
      await heart(page).waitFor()
      expect(await page.evaluate(() => document.getElementById("slot")?.innerHTML)).toBe(
        '<tp-wishlist-button variant-id="variant_x" class="shop" data-x="1"></tp-wishlist-button>'
      )
    })
  })

  describe("POST /store/wishlists/default/items (real backend)", () => {
    it("should save for a guest, keep the issued token and show the heart pressed after a reload", async () => {
      requireBackend()
      const variant = await someVariant()
      const region = await euroRegion()
      const markup = `<tp-wishlist-button variant-id="${variant.variantId}" region-id="${region.id}"></tp-wishlist-button>`
      const page = await harness.open(FIXTURE, { defined: "tp-wishlist-button" })
      await mount(page, markup)
      expect(await guestToken(page)).toBeNull()
      const answer = page.waitForResponse(
        (response) =>
          response.url().endsWith("/store/wishlists/default/items") && response.request().method() === "POST"
      )
      await heart(page).click()
      const response = await answer
      expect(response.status()).toBe(200)
      await page.waitForFunction(() =>
        document
          .querySelector("tp-wishlist-button")
          ?.shadowRoot?.querySelector('[aria-pressed="true"]:not([aria-busy])')
      )
      expect(response.request().postDataJSON()).toEqual({ variant_id: variant.variantId, region_id: region.id })
      const token = await guestToken(page)
      expect(token).toBe(((await response.json()) as { guest_token: string }).guest_token)
      expect(await pressedOf(page)).toBe("true")
      await expect(harness.recorded()).resolves.toMatchObject({
        wishlist: [{ reason: "add", variant_id: variant.variantId }],
        errors: [],
      })

      await page.reload()
      await page.evaluate(() => customElements.whenDefined("tp-wishlist-button"))
      const reads = recordRequests(page, /\/store\/wishlists$/)
      await mount(page, markup)
      await page.waitForFunction(() =>
        document.querySelector("tp-wishlist-button")?.shadowRoot?.querySelector('[aria-pressed="true"]')
      )
      expect(await guestToken(page)).toBe(token)
      expect(reads.filter((read) => read.method === "GET")).toHaveLength(1)
      const lists = await listsOf({ guest: token })
      expect(lists[0]?.items.find((item) => item.variant_id === variant.variantId)?.saved_price?.currency_code).toBe(
        "eur"
      )
    })

    it("should remove the variant from every list that holds it when un-pressed", async () => {
      requireBackend()
      const variant = await someVariant()
      const token = await guestWith([variant.variantId], `Gifts ${Date.now()}`)
      expect(savedVariants(await listsOf({ guest: token })).filter((id) => id === variant.variantId)).toHaveLength(2)
      const page = await harness.open(FIXTURE, { defined: "tp-wishlist-button" })
      await useToken(page, token)
      await mount(page, `<tp-wishlist-button variant-id="${variant.variantId}"></tp-wishlist-button>`)
      await page.waitForFunction(() =>
        document.querySelector("tp-wishlist-button")?.shadowRoot?.querySelector('[aria-pressed="true"]')
      )
      await heart(page).click()
      await page.waitForFunction(() =>
        document
          .querySelector("tp-wishlist-button")
          ?.shadowRoot?.querySelector('[aria-pressed="false"]:not([aria-busy])')
      )
      expect(savedVariants(await listsOf({ guest: token }))).not.toContain(variant.variantId)
    })

    it("should make one list request and one counts request for twenty hearts, and keep them in sync", async () => {
      requireBackend()
      const first = await someVariant()
      const token = await guestWith([first.variantId])
      const page = await harness.open(FIXTURE, { defined: "tp-wishlist-button" })
      await useToken(page, token)
      const reads = recordRequests(page, /\/store\/(wishlists|wishlist-counts)$/)
      const others = await someVariants(18, [first.variantId])
      const ids = [first.variantId, first.variantId, ...others.map((entry) => entry.variantId)]
      await mount(
        page,
        ids.map((id) => `<tp-wishlist-button variant-id="${id}" show-count></tp-wishlist-button>`).join("")
      )
      await page.waitForFunction(
        () =>
          document.querySelectorAll("tp-wishlist-button").length === 20 &&
          Array.from(document.querySelectorAll("tp-wishlist-button")).filter((node) =>
            node.shadowRoot?.querySelector('[aria-pressed="true"]')
          ).length === 2
      )
      await page.waitForTimeout(300)
      const gets = reads.filter((read) => read.method === "GET")
      expect(gets.filter((read) => read.path.startsWith("/store/wishlists"))).toHaveLength(1)
      const counts = gets.filter((read) => read.path.startsWith("/store/wishlist-counts"))
      expect(counts).toHaveLength(1)
      expect(new URL(counts[0]?.path ?? "", "http://x").searchParams.getAll("variant_id").sort()).toEqual(
        [...new Set(ids)].sort()
      )

      // un-pressing one heart un-presses its twin (same variant) after one shared re-read
      await heart(page, 0).click()
      await page.waitForFunction(
        () =>
          Array.from(document.querySelectorAll("tp-wishlist-button")).filter((node) =>
            node.shadowRoot?.querySelector('[aria-pressed="true"]')
          ).length === 0
      )
    })

    it("should show how many shoppers saved the variant and count the shopper's own save", async () => {
      requireBackend()
      const variant = await someVariant()
      const { counts } = await storeCall<{ counts: Record<string, number> }>(
        `/store/wishlist-counts?variant_id=${variant.variantId}`
      )
      const before = counts[variant.variantId] ?? 0
      const page = await harness.open(FIXTURE, { defined: "tp-wishlist-button" })
      await mount(page, `<tp-wishlist-button variant-id="${variant.variantId}" show-count></tp-wishlist-button>`)
      const countIs = (expected: string) =>
        page.waitForFunction(
          (text) =>
            document.querySelector("tp-wishlist-button")?.shadowRoot?.querySelector('[part="count"]')?.textContent ===
            text,
          expected
        )
      if (before > 0) await countIs(String(before)) // nobody yet: no number, the space stays reserved
      await heart(page).click()
      await countIs(String(before + 1))
      const description = await heart(page).evaluate((node) =>
        node.getRootNode() instanceof ShadowRoot
          ? (node.getRootNode() as ShadowRoot).getElementById(node.getAttribute("aria-describedby") ?? "")?.textContent
          : null
      )
      expect(description).toBe(`Saved by ${before + 1} shopper${before + 1 === 1 ? "" : "s"}`)
    })

    it("should roll back and fire tp-error from the button when the backend refuses the save", async () => {
      requireBackend()
      const page = await harness.open(FIXTURE, { defined: "tp-wishlist-button" })
      await mount(page, `<tp-wishlist-button variant-id="variant_does_not_exist"></tp-wishlist-button>`)
      await page.evaluate(() => {
        const button = document.querySelector("tp-wishlist-button")
        button?.addEventListener("tp-error", () => button.setAttribute("data-error-seen", ""), { once: true })
      })
      await heart(page).click()
      await page.waitForFunction(() => document.querySelector("tp-wishlist-button")?.hasAttribute("data-error-seen"))
      await page.waitForFunction(() =>
        document
          .querySelector("tp-wishlist-button")
          ?.shadowRoot?.querySelector('[aria-pressed="false"]:not([aria-busy])')
      )
      const { errors, wishlist } = await harness.recorded()
      expect(errors).toEqual([expect.objectContaining({ type: "not_found", status: 404 })])
      expect(wishlist).toEqual([])
      await page.getByRole("status").filter({ hasText: "That did not work" }).waitFor({ state: "attached" })
    })

    it("should drop a guest token the backend refuses (401) and start a new list", async () => {
      requireBackend()
      const variant = await someVariant()
      const page = await harness.open(FIXTURE, { defined: "tp-wishlist-button" })
      await useToken(page, "wlt_forged.token")
      const statuses: number[] = []
      page.on("response", (response) => {
        if (new URL(response.url()).pathname.startsWith("/store/wishlists")) statuses.push(response.status())
      })
      await mount(page, `<tp-wishlist-button variant-id="${variant.variantId}"></tp-wishlist-button>`)
      await page.waitForFunction(() => localStorage.getItem("tp_wishlist_token") === null)
      await heart(page).click()
      await page.waitForFunction(() => localStorage.getItem("tp_wishlist_token")?.startsWith("wlt_"))
      const token = await guestToken(page)
      expect(token).not.toBe("wlt_forged.token")
      expect(statuses[0]).toBe(401)
      expect(savedVariants(await listsOf({ guest: token }))).toEqual([variant.variantId])
      expect((await harness.recorded()).errors).toEqual([])
    })
  })
})
