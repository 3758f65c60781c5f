import type { Page } from "playwright-core"
import type { Wishlist } from "../src/runtime/wishlist-types"
import { requireBackend } from "./helpers/backend"
import { useHarness } from "./helpers/harness"
import {
  cartLines,
  catalog,
  createCart,
  customerToken,
  type StockedVariant,
  someVariant,
  someVariants,
  storeCall,
} from "./helpers/store"
import { focusedPart, guestToken, listsOf, mount, savedVariants } from "./helpers/wishlist"

const FIXTURE = "/fixtures/wishlist.html"

/** A guest's default list holding `variants` (saved through the store API); returns the guest token. */
async function guestList(variants: StockedVariant[]): Promise<string> {
  let token: string | undefined
  for (const variant of variants) {
    const answer = await storeCall<{ guest_token?: string }>("/store/wishlists/default/items", {
      body: { variant_id: variant.variantId },
      headers: token ? { "x-wishlist-token": token } : {},
    })
    token ??= answer.guest_token
  }
  if (!token) throw new Error("the backend issued no guest_token")
  return token
}

/** Opens the fixture as the guest of `token` with `<tp-wishlist ...attributes>` and waits for its first render. */
async function openList(harnessPage: () => Promise<Page>, token: string | null, attributes = ""): Promise<Page> {
  const page = await harnessPage()
  if (token) await page.evaluate((value) => localStorage.setItem("tp_wishlist_token", value), token)
  await mount(page, `<tp-wishlist ${attributes}></tp-wishlist>`)
  await page.waitForFunction(() => !document.querySelector("tp-wishlist")?.matches(":state(loading)"))
  return page
}

function region(page: Page) {
  return page.getByRole("region", { name: "Your wishlists" })
}

describe("<tp-wishlist>", () => {
  const harness = useHarness()
  const fixture = () => harness.open(FIXTURE, { defined: "tp-wishlist" })

  describe("accessibility", () => {
    it("should be a named region with a list picker and named buttons, usable with Tab, Enter and Space", async () => {
      requireBackend()
      const items = await someVariants(3)
      const [first, second, third] = items
      if (!first || !second || !third) throw new Error("no variants")
      const token = await guestList(items)
      const cart = await createCart([await someVariant(items.map((item) => item.variantId))])
      const page = await openList(fixture, token, `cart-id="${cart.id}"`)

      const snapshot = await region(page).ariaSnapshot()
      expect(snapshot).toContain('heading "Your wishlists" [level=2]')
      expect(snapshot).toMatch(/combobox "List"/)
      for (const name of ["New list", "Rename", "Share list"]) expect(snapshot).toContain(`button "${name}"`)
      expect(snapshot).not.toContain('button "Delete list"') // the default list cannot be deleted
      for (const item of items) {
        // by role, not by snapshot text: titles may hold quotes ("Chef's Knife") that the snapshot escapes
        const named = (role: "heading" | "button", name: string) =>
          region(page).getByRole(role, { name, exact: true }).count()
        expect(await named("heading", item.productTitle)).toBe(1)
        expect(await named("button", `Move to cart: ${item.productTitle}`)).toBe(1)
        expect(await named("button", `Remove: ${item.productTitle}`)).toBe(1)
      }
      expect(await page.locator("tp-wishlist").locator('[role="status"]').count()).toBe(1)
      // thumbnails are decorative (the title is next to them); one that cannot load becomes a placeholder
      const thumbnails = await page.evaluate(() =>
        Array.from(
          document.querySelector("tp-wishlist")?.shadowRoot?.querySelectorAll('[part="thumbnail"]') ?? [],
          (node) => `${node.localName}:${node.getAttribute(node.localName === "img" ? "alt" : "aria-hidden")}`
        )
      )
      expect(thumbnails).toHaveLength(3)
      for (const thumbnail of thumbnails) expect(["img:", "span:true"]).toContain(thumbnail)

      // Tab walks picker and buttons; every control is a real, focusable element with a visible ring
      await page.locator("#before").focus()
      const order: string[] = []
      for (let step = 0; step < 6; step++) {
        await page.keyboard.press("Tab")
        order.push(await focusedPart(page, "tp-wishlist"))
      }
      expect(order).toEqual(["select", "new-list", "rename", "share-button", "move", "remove"])
      const ring = await page.evaluate(
        () => getComputedStyle(document.querySelector("tp-wishlist")?.shadowRoot?.activeElement as Element).outlineStyle
      )
      expect(ring).toBe("solid")

      // Enter on "Remove" removes the first item; focus moves to the next item's "Remove" and the result is said
      const listed = (await listsOf({ guest: token }))[0]?.items.map((item) => item.product?.title) ?? []
      await page.keyboard.press("Enter")
      await region(page)
        .getByRole("status")
        .filter({ hasText: `Removed ${listed[0]}.` })
        .waitFor()
      await page.waitForFunction(
        () => document.querySelector("tp-wishlist")?.shadowRoot?.querySelectorAll("li").length === 2
      )
      expect(await focusedPart(page, "tp-wishlist")).toBe("remove")
      const focusedName = await page.evaluate(() =>
        document.querySelector("tp-wishlist")?.shadowRoot?.activeElement?.getAttribute("aria-label")
      )
      expect(focusedName).toBe(`Remove: ${listed[1]}`)

      // Space works too; after the last item, focus lands on the heading and the empty text shows
      await page.keyboard.press("Space")
      await page.waitForFunction(
        () => document.querySelector("tp-wishlist")?.shadowRoot?.querySelectorAll("li").length === 1
      )
      await page.keyboard.press("Space")
      await region(page).getByText("Nothing saved yet.").waitFor()
      expect(await focusedPart(page, "tp-wishlist")).toBe("heading")
      expect(await listsOf({ guest: token }).then(savedVariants)).toEqual([])
      expect((await harness.recorded()).errors).toEqual([])
    })

    it("should keep its space while loading and not animate under reduced motion", async () => {
      await harness.page.emulateMedia({ reducedMotion: "reduce" })
      const page = await fixture()
      await page.route("**/store/wishlists*", async (route) => {
        await new Promise((done) => setTimeout(done, 500))
        await route.continue()
      })
      await page.evaluate(() => localStorage.setItem("tp_wishlist_token", "wlt_slow.token"))
      await mount(page, "<tp-wishlist></tp-wishlist>")
      const loading = await page.evaluate(() => {
        const host = document.querySelector("tp-wishlist")
        const base = host?.shadowRoot?.querySelector('[part="base"]')
        return {
          state: host?.matches(":state(loading)"),
          busy: base?.getAttribute("aria-busy"),
          height: host?.getBoundingClientRect().height ?? 0,
          text: host?.shadowRoot?.querySelector('[part="message"]')?.textContent,
          transition: base
            ? getComputedStyle(host?.shadowRoot?.querySelector('[part="status"]') as Element).transitionDuration
            : "",
        }
      })
      expect(loading).toMatchObject({ state: true, busy: "true", text: "Loading…", transition: "0s" })
      expect(loading.height).toBeGreaterThanOrEqual(200) // --tp-wishlist-min-height: 14rem
    })

    it("should leave its host's attributes and light DOM unchanged", async () => {
      const page = await fixture()
      await mount(page, '<tp-wishlist class="shop" data-x="1"></tp-wishlist>')
      await region(page).waitFor()
      expect(await page.evaluate(() => document.getElementById("slot")?.innerHTML)).toBe(
        '<tp-wishlist class="shop" data-x="1"></tp-wishlist>'
      )
    })
  })

  describe("items (real backend)", () => {
    it("should move an item into the cart and announce it", async () => {
      requireBackend()
      const saved = await someVariant()
      const token = await guestList([saved])
      const cart = await createCart([await someVariant([saved.variantId])])
      const page = await openList(fixture, token, `cart-id="${cart.id}"`)
      const answer = page.waitForResponse((response) => response.url().endsWith("/move-to-cart"))
      await region(page)
        .getByRole("button", { name: `Move to cart: ${saved.productTitle}` })
        .click()
      expect((await answer).status()).toBe(200)
      await region(page)
        .getByRole("status")
        .filter({ hasText: `Moved ${saved.productTitle} to your cart.` })
        .waitFor()
      await region(page).getByText("Nothing saved yet.").waitFor()
      expect((await cartLines(cart.id)).map((line) => line.variant_id)).toContain(saved.variantId)
      expect(savedVariants(await listsOf({ guest: token }))).toEqual([])
      const { cart: cartEvents, wishlist, errors } = await harness.recorded()
      expect(cartEvents).toEqual([{ cart_id: cart.id, reason: "move-to-cart" }])
      expect(wishlist).toEqual([expect.objectContaining({ reason: "move-to-cart", variant_id: saved.variantId })])
      expect(errors).toEqual([])
    })

    it("should disable 'Move to cart' with a hint without a cart, and for sold-out items, with availability badges", async () => {
      requireBackend()
      const { soldOut } = await catalog()
      const gone = soldOut[0]
      if (!gone) throw new Error("The demo seed has sold-out variants; this store has none")
      const available = await someVariant([gone.variantId])
      const token = await guestList([available, gone])
      const page = await openList(fixture, token)
      const move = (variant: StockedVariant) =>
        region(page).getByRole("button", { name: `Move to cart: ${variant.productTitle}` })
      for (const variant of [available, gone]) {
        expect(await move(variant).getAttribute("aria-disabled")).toBe("true")
        expect(await move(variant).getAttribute("aria-describedby")).toBeTruthy()
      }
      expect(await region(page).getByText("Add something to your cart first to move items into it.").count()).toBe(2)

      const cart = await createCart([await someVariant([available.variantId])])
      await page.evaluate((id) => document.querySelector("tp-wishlist")?.setAttribute("cart-id", id), cart.id)
      await page.waitForFunction(
        () => document.querySelector("tp-wishlist")?.shadowRoot?.querySelectorAll('[part~="hint"]').length === 1
      )
      expect(await move(available).getAttribute("aria-disabled")).toBe("false")
      expect(await move(gone).getAttribute("aria-disabled")).toBe("true")
      const hintId = await move(gone).getAttribute("aria-describedby")
      expect(await page.locator("tp-wishlist").locator(`#${hintId}`).textContent()).toBe(
        "Not available to buy right now."
      )
      const badges = await page.locator("tp-wishlist").locator('[part~="availability"]').allTextContents()
      expect(badges.sort()).toEqual(["In stock", "Sold out"])

      // a click on the disabled (aria-disabled, still focusable) button does nothing
      await move(gone).dispatchEvent("click")
      await page.waitForTimeout(300)
      expect((await cartLines(cart.id)).map((line) => line.variant_id)).not.toContain(gone.variantId)
    })

    it("should show price-change and discontinued badges as the backend reports them", async () => {
      requireBackend()
      // The store API cannot change a price or unpublish a product, so this test rewrites the real answer's
      // price_change and availability fields (the backend's own tests cover how it computes them).
      const [dropped, raised, ended] = await someVariants(3)
      if (!dropped || !raised || !ended) throw new Error("no variants")
      const token = await guestList([dropped, raised, ended])
      const page = await fixture()
      await page.route("**/store/wishlists", async (route) => {
        const response = await route.fetch()
        const body = (await response.json()) as { wishlists: Wishlist[] }
        for (const item of body.wishlists.flatMap((list) => list.items)) {
          if (item.variant_id === dropped.variantId) item.price_change = { amount: -5, percent: -20, direction: "down" }
          if (item.variant_id === raised.variantId) item.price_change = { amount: 3, percent: 12.5, direction: "up" }
          if (item.variant_id === ended.variantId) item.availability = "discontinued"
        }
        await route.fulfill({ response, json: body })
      })
      await page.evaluate((value) => localStorage.setItem("tp_wishlist_token", value), token)
      await mount(page, '<tp-wishlist cart-id="cart_x"></tp-wishlist>')
      const item = (variant: StockedVariant) =>
        page
          .locator("tp-wishlist")
          .locator("li")
          .filter({ has: page.getByRole("heading", { name: variant.productTitle }) })
      await item(dropped).getByText("Price dropped 20%").waitFor()
      await item(raised).getByText("Price up").waitFor()
      await item(ended).getByText("Discontinued").waitFor()
      expect(
        await item(ended)
          .getByRole("button", { name: /^Move to cart/ })
          .getAttribute("aria-disabled")
      ).toBe("true")
    })
  })

  describe("lists (real backend)", () => {
    it("should create, rename, switch and delete a named list", async () => {
      requireBackend()
      const variant = await someVariant()
      const token = await guestList([variant])
      const page = await openList(fixture, token)
      const list = region(page)

      await list.getByRole("button", { name: "New list" }).click()
      const name = list.getByRole("textbox", { name: "List name" })
      expect(await focusedPart(page, "tp-wishlist")).toBe("name")
      await name.fill("Garden")
      await name.press("Enter")
      await list.getByRole("status").filter({ hasText: "Created the list Garden." }).waitFor()
      const picker = list.getByRole("combobox", { name: "List" })
      await page.waitForFunction(() => {
        const select = document.querySelector("tp-wishlist")?.shadowRoot?.querySelector("select")
        return select?.selectedOptions[0]?.textContent === "Garden (0)"
      })
      expect(await focusedPart(page, "tp-wishlist")).toBe("select")
      await list.getByText("Nothing saved yet.").waitFor()

      await list.getByRole("button", { name: "Rename" }).click()
      expect(await name.inputValue()).toBe("Garden")
      await name.fill("Balcony")
      await list.getByRole("button", { name: "Save" }).click()
      await list.getByRole("status").filter({ hasText: "Renamed the list to Balcony." }).waitFor()

      // switch back to the default list: its item shows
      const defaultId = (await listsOf({ guest: token })).find((entry) => entry.is_default)?.id ?? ""
      await picker.selectOption(defaultId)
      await list.getByRole("heading", { name: variant.productTitle }).waitFor()
      expect(await list.getByRole("button", { name: "Delete list" }).count()).toBe(0)

      const balconyId = (await listsOf({ guest: token })).find((entry) => entry.name === "Balcony")?.id ?? ""
      await picker.selectOption(balconyId)
      await list.getByRole("button", { name: "Delete list" }).click()
      await list.getByRole("group", { name: "Delete “Balcony” and everything in it?" }).waitFor()
      await list.getByRole("button", { name: "Delete list" }).last().click()
      await list.getByRole("status").filter({ hasText: "Deleted the list Balcony." }).waitFor()
      expect(await list.getByRole("group").count()).toBe(0) // the confirmation is gone
      expect(await focusedPart(page, "tp-wishlist")).toBe("select")
      expect((await listsOf({ guest: token })).map((entry) => entry.name)).toEqual(["Saved for later"])
      await list.getByRole("heading", { name: variant.productTitle }).waitFor()
    })

    it("should show the backend's message when a name is taken, and keep the form open", async () => {
      requireBackend()
      const token = await guestList([await someVariant()])
      const page = await openList(fixture, token)
      const list = region(page)
      await list.getByRole("button", { name: "New list" }).click()
      await list.getByRole("textbox", { name: "List name" }).fill("saved FOR later")
      await list.getByRole("button", { name: "Save" }).click()
      await list.getByRole("alert").filter({ hasText: "That did not work" }).waitFor()
      expect(await list.getByRole("textbox", { name: "List name" }).isVisible()).toBe(true)
      expect((await harness.recorded()).errors).toHaveLength(1)
    })
  })

  describe("sharing (real backend)", () => {
    it("should make a relative share-url-template an absolute link on the page's origin", async () => {
      const token = await guestList([await someVariant()])
      const page = await openList(fixture, token, 'share-url-template="/wishlist?token={token}"')
      const list = region(page)
      await list.getByRole("button", { name: "Share list" }).click()
      const link = await list.getByRole("textbox", { name: "Share link" }).inputValue()
      expect(link).toMatch(new RegExp(`^${harness.origin}/wishlist\\?token=[^&]+$`))
    })

    it("should share a read-only link, replace it with a new one, and stop sharing", async () => {
      requireBackend()
      const variant = await someVariant()
      const token = await guestList([variant])
      const page = await openList(fixture, token)
      const list = region(page)

      await list.getByRole("button", { name: "Share list" }).click()
      await list.getByRole("status").filter({ hasText: "Anyone with the link can now see this list." }).waitFor()
      expect(await focusedPart(page, "tp-wishlist")).toBe("copy")
      const link = list.getByRole("textbox", { name: "Share link" })
      const firstUrl = await link.inputValue()
      expect(firstUrl).toMatch(new RegExp(`^${harness.origin}/demo/wishlist\\.html\\?token=`))

      await harness.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: harness.origin })
      await list.getByRole("button", { name: "Copy link" }).click()
      await list.getByRole("status").filter({ hasText: "Link copied." }).waitFor()
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(firstUrl)

      // the shared page (demo/wishlist.html) shows the list read-only
      const shared = await harness.context.newPage()
      await shared.goto(firstUrl)
      const sharedList = shared.getByRole("region", { name: "Saved for later" })
      await sharedList.getByRole("heading", { name: variant.productTitle }).waitFor()
      await sharedList.getByText("A shared wishlist").waitFor()
      expect(await sharedList.getByRole("button").count()).toBe(0)
      expect(await sharedList.getByRole("combobox").count()).toBe(0)

      // a new link: the old one dies
      await list.getByRole("button", { name: "New link" }).click()
      await list.getByRole("status").filter({ hasText: "New link made. The old link no longer works." }).waitFor()
      const secondUrl = await link.inputValue()
      expect(secondUrl).not.toBe(firstUrl)
      await shared.reload()
      await shared.getByText("This list is no longer shared.").waitFor()
      await shared.goto(secondUrl)
      await shared.getByRole("heading", { name: variant.productTitle }).waitFor()

      // stop sharing: the current link dies too
      await list.getByRole("button", { name: "Stop sharing" }).click()
      await list.getByRole("status").filter({ hasText: "The list is no longer shared." }).waitFor()
      expect(await focusedPart(page, "tp-wishlist")).toBe("share-button")
      await shared.reload()
      await shared.getByText("This list is no longer shared.").waitFor()
      expect(await shared.getByRole("heading", { name: variant.productTitle }).count()).toBe(0)
      await shared.close()
    })

    it("should build the link from share-url-template", async () => {
      requireBackend()
      const token = await guestList([await someVariant()])
      const page = await openList(fixture, token, 'share-url-template="https://shop.example/lists/{token}?ref=share"')
      await region(page).getByRole("button", { name: "Share list" }).click()
      const url = await region(page).getByRole("textbox", { name: "Share link" }).inputValue()
      expect(url).toMatch(/^https:\/\/shop\.example\/lists\/[^/?]+\?ref=share$/)
    })
  })

  describe("login (real backend)", () => {
    it("should merge the guest's list into the customer's after setCustomerToken and forget the guest token", async () => {
      requireBackend()
      const variant = await someVariant()
      const token = await guestList([variant])
      const customer = await customerToken()
      const page = await openList(fixture, token)
      await region(page).getByRole("heading", { name: variant.productTitle }).waitFor()
      await harness.library()
      const merge = page.waitForResponse((response) => response.url().endsWith("/store/wishlists/merge"))
      await page.evaluate((value) => window.__widgets?.setCustomerToken(value), customer)
      const response = await merge
      expect(response.status()).toBe(200)
      expect(response.request().postDataJSON()).toEqual({ guest_token: token })
      expect(await guestToken(page)).toBeNull()
      await region(page).getByRole("heading", { name: variant.productTitle }).waitFor()

      const lists = await listsOf({ customer })
      const found = lists.flatMap((list) => list.items.map((item) => ({ list, item })))
      const saved = found.find(({ item }) => item.variant_id === variant.variantId)
      expect(saved).toBeDefined()
      expect(await listsOf({ guest: token }).then(savedVariants)).toEqual([])
      // leave shopper1's lists as they were
      if (saved) {
        await storeCall(`/store/wishlists/${saved.list.id}/items/${saved.item.id}`, {
          method: "DELETE",
          headers: { authorization: `Bearer ${customer}` },
        })
      }
    })
  })

  describe("demo storefront (real backend)", () => {
    it("should save a cart line for later on the cart page and move it back", async () => {
      requireBackend()
      const variant = await someVariant()
      const cart = await createCart([variant])
      const page = harness.page
      await page.addInitScript((id) => {
        localStorage.setItem("tp_demo_cart_id", id)
        localStorage.setItem("tp_consent", "necessary")
      }, cart.id)
      await harness.open("/demo/cart.html", { defined: "tp-wishlist" })
      const table = page.getByRole("table")
      await table.getByText(variant.productTitle).waitFor()
      await page.getByRole("button", { name: "Save for later" }).click()
      await page.getByText("Your cart is empty.").waitFor()
      // the line (and its widget) left the page: the page says what happened and keeps focus in the page
      await page.getByRole("status").filter({ hasText: "Saved for later. It is in your wishlist below." }).waitFor()
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("cart-heading")
      const list = page.getByRole("region", { name: "Your wishlists" })
      await list.getByRole("heading", { name: variant.productTitle }).waitFor()
      expect(await cartLines(cart.id)).toEqual([])

      await list.getByRole("button", { name: `Move to cart: ${variant.productTitle}` }).click()
      await table.getByText(variant.productTitle).waitFor()
      await list.getByText("Nothing saved yet.").waitFor()
      expect((await cartLines(cart.id)).map((line) => line.variant_id)).toEqual([variant.variantId])
      expect((await harness.recorded()).errors).toEqual([])
    })
  })
})
