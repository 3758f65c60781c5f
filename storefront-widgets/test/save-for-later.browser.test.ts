import type { Page } from "playwright-core"
import { requireBackend } from "./helpers/backend"
import { useHarness } from "./helpers/harness"
import { cartLines, createCart, someVariant, someVariants, storeCall } from "./helpers/store"
import { focusedPart, guestToken, listsOf, mount } from "./helpers/wishlist"

const FIXTURE = "/fixtures/wishlist.html"

function saveMarkup(cartId: string, lineId: string, extra = ""): string {
  return `<tp-save-for-later cart-id="${cartId}" line-item-id="${lineId}"${extra}></tp-save-for-later>`
}

function waitForSaved(page: Page, index = 0): Promise<unknown> {
  return page.waitForFunction(
    (at) =>
      document.querySelectorAll("tp-save-for-later")[at]?.shadowRoot?.querySelector('[part="status"]')?.textContent ===
      "Saved for later",
    index
  )
}

describe("<tp-save-for-later>", () => {
  const harness = useHarness()

  describe("accessibility", () => {
    it("should be a 'Save for later' button that Tab reaches, Enter and Space activate, and a status region", async () => {
      requireBackend()
      const [first, second] = await someVariants(2)
      if (!first || !second) throw new Error("no variants")
      const cart = await createCart([first, second])
      const [lineA, lineB] = cart.lines
      if (!lineA || !lineB) throw new Error("the cart has no lines")
      const page = await harness.open(FIXTURE, { defined: "tp-save-for-later" })
      await mount(page, saveMarkup(cart.id, lineA.id) + saveMarkup(cart.id, lineB.id))

      const buttons = page.getByRole("button", { name: "Save for later" })
      expect(await buttons.count()).toBe(2)
      expect(await page.locator("tp-save-for-later").first().ariaSnapshot()).toContain('button "Save for later"')
      expect(await page.locator("tp-save-for-later").first().locator('[role="status"]').count()).toBe(1)
      expect(await page.locator("tp-save-for-later").first().locator('[role="alert"]').count()).toBe(1)

      await page.locator("#before").focus()
      await page.keyboard.press("Tab")
      expect(await focusedPart(page, "tp-save-for-later")).toBe("button")
      await page.keyboard.press("Enter")
      await waitForSaved(page, 0)
      expect(await buttons.first().getAttribute("aria-disabled")).toBe("true")

      await page.keyboard.press("Tab")
      expect(await focusedPart(page, "tp-save-for-later")).toBe("button")
      await page.keyboard.press("Space")
      await waitForSaved(page, 1)
      expect(await cartLines(cart.id)).toEqual([])
      expect((await harness.recorded()).errors).toEqual([])
    })

    it("should be disabled while it lacks a cart id or a line id", async () => {
      const page = await harness.open(FIXTURE, { defined: "tp-save-for-later" })
      await mount(page, `<tp-save-for-later cart-id="cart_1"></tp-save-for-later>`)
      const button = page.getByRole("button", { name: "Save for later" })
      expect(await button.getAttribute("aria-disabled")).toBe("true")
      await page.evaluate(() => document.querySelector("tp-save-for-later")?.setAttribute("line-item-id", "cali_1"))
      expect(await button.getAttribute("aria-disabled")).toBe("false")
    })
  })

  describe("layout", () => {
    it("should keep 'Save for later' on one line in a cell narrower than the label", async () => {
      const page = await harness.open(FIXTURE, { defined: "tp-save-for-later" })
      // Medusa's starter: a 7rem (w-28) flex row with the line's delete button and a 3.5rem quantity select
      await mount(
        page,
        `<div style="display: flex; align-items: center; width: 7rem; gap: 0.5rem"><button type="button">x</button><select style="width: 3.5rem"></select><tp-save-for-later cart-id="cart_1" line-item-id="cali_1"></tp-save-for-later></div>`
      )
      const button = page.getByRole("button", { name: "Save for later" })
      // one line box: every rectangle of the label's text starts at the same height
      const lineTops = await button.evaluate((node) => {
        const range = document.createRange()
        range.selectNodeContents(node)
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size
      })
      expect(lineTops).toBe(1)
    })
  })

  describe("POST /store/carts/:id/line-items/:line_id/save-for-later (real backend)", () => {
    it("should move a real cart line into the guest's default list and show it in <tp-wishlist>", async () => {
      requireBackend()
      const variant = await someVariant()
      const cart = await createCart([variant], 2)
      const line = cart.lines[0]
      if (!line) throw new Error("the cart has no line")
      const page = await harness.open(FIXTURE, { defined: "tp-save-for-later" })
      await mount(page, `${saveMarkup(cart.id, line.id)}<tp-wishlist cart-id="${cart.id}"></tp-wishlist>`)
      await page.getByText("Nothing saved yet.").waitFor()

      const answer = page.waitForResponse((response) => response.url().endsWith("/save-for-later"))
      await page.getByRole("button", { name: "Save for later" }).click()
      expect((await answer).status()).toBe(200)
      await waitForSaved(page)

      expect(await cartLines(cart.id)).toEqual([])
      const token = await guestToken(page)
      expect(token).toMatch(/^wlt_/)
      const lists = await listsOf({ guest: token })
      expect(lists[0]?.items).toEqual([expect.objectContaining({ variant_id: variant.variantId, quantity: 2 })])

      const list = page.locator("tp-wishlist")
      await list.getByRole("heading", { name: variant.productTitle, level: 3 }).waitFor()
      expect(await list.locator('[part~="quantity"]').textContent()).toBe("Qty 2")

      const { cart: cartEvents, wishlist } = await harness.recorded()
      expect(cartEvents).toEqual([{ cart_id: cart.id, reason: "save-for-later" }])
      expect(wishlist).toEqual([
        expect.objectContaining({ reason: "save-for-later", variant_id: variant.variantId, wishlist_id: lists[0]?.id }),
      ])
    })

    it("should save into the list named by wishlist-id", async () => {
      requireBackend()
      const variant = await someVariant()
      const cart = await createCart([variant])
      const line = cart.lines[0]
      if (!line) throw new Error("the cart has no line")
      const created = await storeCall<{ wishlist: { id: string }; guest_token: string }>("/store/wishlists", {
        body: { name: "Birthday" },
      })
      const page = await harness.open(FIXTURE, { defined: "tp-save-for-later" })
      await page.evaluate((token) => localStorage.setItem("tp_wishlist_token", token), created.guest_token)
      await mount(page, saveMarkup(cart.id, line.id, ` wishlist-id="${created.wishlist.id}"`))
      await page.getByRole("button", { name: "Save for later" }).click()
      await waitForSaved(page)
      const lists = await listsOf({ guest: created.guest_token })
      const birthday = lists.find((list) => list.id === created.wishlist.id)
      expect(birthday?.items.map((item) => item.variant_id)).toEqual([variant.variantId])
    })

    it("should show the error, fire tp-error and leave the cart alone when the line is not in the cart", async () => {
      requireBackend()
      const variant = await someVariant()
      const cart = await createCart([variant])
      const page = await harness.open(FIXTURE, { defined: "tp-save-for-later" })
      await mount(page, saveMarkup(cart.id, "cali_not_in_this_cart"))
      await page.getByRole("button", { name: "Save for later" }).click()
      const alert = page.locator("tp-save-for-later").getByRole("alert")
      await alert.filter({ hasText: "That did not work" }).waitFor()
      const { errors, cart: cartEvents } = await harness.recorded()
      expect(errors).toEqual([expect.objectContaining({ status: 404 })])
      expect(cartEvents).toEqual([])
      expect((await cartLines(cart.id)).map((entry) => entry.variant_id)).toEqual([variant.variantId])
      expect(await page.getByRole("button", { name: "Save for later" }).getAttribute("aria-disabled")).toBe("false")
    })
  })
})
