import { signToken } from "@touchpoints/core/lib"
import { productWithBundle } from "../../../test/helpers/recommendations"
import { cartLines, catalog, createCart, someVariant, someVariants, storeCall } from "../../../test/helpers/store"
import { addThroughProductPage, markDocument, renderedLines, stillSameDocument } from "./helpers/cart"
import { handleOf, inStockVariantOf } from "./helpers/catalog"
import { becomeMember, useRunOffer } from "./helpers/offer"
import { APP, useShop } from "./helpers/shop"
import { escapeRegExp } from "./helpers/widgets"

/** The demo store signs reminder links with this secret (TP_SIGNING_SECRET unset); the link is what the email holds. */
const DEMO_SECRET = process.env.TP_SIGNING_SECRET || "touchpoints-demo-signing-secret-not-for-real-shops"
/** A reminder link's token (purpose "recovery", two weeks to go). */
const recoveryToken = (cartId: string) =>
  signToken({ secret: DEMO_SECRET }, "recovery", [cartId, "0"], { expiresAt: new Date(Date.now() + 14 * 86_400_000) })

describe("the cart bridge: widgets change the cart, the server-rendered cart follows", () => {
  const shop = useShop()

  it("should add a reminder link's lines to the shopper's own cart after asking, keeping its id, and render them", async () => {
    const shopper = await shop.shopper()
    const page = shopper.page
    const own = await someVariant([])
    await addThroughProductPage(page, own)
    const ownCart = await shopper.cookie("_medusa_cart_id")
    const reminded = await someVariant([own.variantId])
    const cart = await createCart([reminded], 2)
    await storeCall(`/store/carts/${cart.id}`, { body: { email: "next-example-shopper@example.test" } })

    await page.goto(`${APP}/cart?recover=${encodeURIComponent(recoveryToken(cart.id))}`)
    await page.getByRole("button", { name: "Add to my cart" }).click()
    await page.getByRole("row", { name: new RegExp(escapeRegExp(reminded.productTitle)) }).waitFor()
    expect(await renderedLines(page)).toHaveLength(2)
    expect(await shopper.cookie("_medusa_cart_id")).toBe(ownCart)
    expect(ownCart).not.toBe(cart.id)
    expect(shopper.problems).toEqual([])
  })

  it("should give a shopper without a cart a new cart with a link's lines, never the reminded cart", async () => {
    const shopper = await shop.shopper()
    const page = shopper.page
    const reminded = await someVariant([])
    const cart = await createCart([reminded], 2)
    await storeCall(`/store/carts/${cart.id}`, { body: { email: "next-example-shopper@example.test" } })

    await page.goto(`${APP}/cart?recover=${encodeURIComponent(recoveryToken(cart.id))}`)
    await page.getByRole("row", { name: new RegExp(escapeRegExp(reminded.productTitle)) }).waitFor()
    const adopted = await shopper.cookie("_medusa_cart_id")
    expect(adopted).toMatch(/^cart_/)
    expect(adopted).not.toBe(cart.id)
    expect(shopper.problems).toEqual([])
  })

  it("should drop a line saved for later from the cached cart page without a reload, and bring it back with Move to cart", async () => {
    const { productId } = await productWithBundle()
    // two other products: a variant of the bundle's product would merge into the line saved for later
    const { inStock, soldOut } = await catalog()
    const bundleProduct = [...inStock, ...soldOut].filter((entry) => entry.productId === productId)
    const [kept, extra] = await someVariants(
      2,
      bundleProduct.map((entry) => entry.variantId)
    )
    if (!kept || !extra) throw new Error("no two other in-stock products")
    const shopper = await shop.shopper()
    const page = shopper.page
    await addThroughProductPage(page, await inStockVariantOf(productId))
    await addThroughProductPage(page, kept)
    const cartId = await shopper.cookie("_medusa_cart_id")
    if (!cartId) throw new Error("the add-to-cart action set no cart cookie")
    const [saved, other] = await renderedLines(page)

    // the cart page is the cached cart: a change behind the shop's back does not show, even after a reload
    await storeCall(`/store/carts/${cartId}/line-items`, { body: { variant_id: extra.variantId, quantity: 1 } })
    await page.reload()
    expect(await renderedLines(page)).toEqual([saved, other])

    await markDocument(page)
    const row = page.locator(`tr[data-line-id="${saved}"]`)
    const title = (await row.getByRole("link").textContent()) ?? ""
    await row.locator("tp-save-for-later").getByRole("button", { name: "Save for later" }).click()
    await row.waitFor({ state: "detached" })
    expect(await stillSameDocument(page)).toBe(true)
    // revalidated, not patched in the page: the line added behind the shop's back shows now too
    expect(await renderedLines(page)).toHaveLength(2)
    expect(await renderedLines(page)).not.toContain(saved)
    expect((await cartLines(cartId)).map((line) => line.id)).not.toContain(saved)

    const wishlist = page.locator("tp-wishlist")
    await wishlist.getByRole("button", { name: new RegExp(`^Move to cart: ${escapeRegExp(title)}`) }).click()
    await page.locator("tr[data-line-id]").nth(2).waitFor()
    expect(await stillSameDocument(page)).toBe(true)
    await page.getByRole("row", { name: new RegExp(escapeRegExp(title)) }).waitFor()
    expect(shopper.problems).toEqual([])
  })

  it("should keep the saved list on the cart page when the last line is saved for later, and move it back", async () => {
    const variant = await someVariant([])
    const shopper = await shop.shopper()
    const page = shopper.page
    await addThroughProductPage(page, variant)
    const [line] = await renderedLines(page)
    const cartId = await shopper.cookie("_medusa_cart_id")
    if (!line || !cartId) throw new Error("the add-to-cart action made no cart line")

    await markDocument(page)
    await page
      .locator(`tr[data-line-id="${line}"] tp-save-for-later`)
      .getByRole("button", { name: "Save for later" })
      .click()
    // the cart is empty now, the page says so, and the saved list is still there with the line in it
    await page.getByText("Your cart is empty.").waitFor()
    expect(await renderedLines(page)).toEqual([])
    expect(await cartLines(cartId)).toEqual([])
    expect(await page.locator("tp-wishlist").getAttribute("cart-id")).toBe(cartId)
    // enabled: the empty cart keeps its id, so the list can move the line back into it
    const move = page
      .locator("tp-wishlist")
      .getByRole("button", { name: new RegExp(`^Move to cart: ${escapeRegExp(variant.productTitle)}`) })
      .and(page.locator('[aria-disabled="false"]'))
    await move.waitFor()

    await move.click()
    await page.getByRole("row", { name: new RegExp(escapeRegExp(variant.productTitle)) }).waitFor()
    expect(await stillSameDocument(page)).toBe(true)
    expect((await cartLines(cartId)).map((entry) => entry.variant_id)).toEqual([variant.variantId])
    expect(shopper.problems).toEqual([])
  })

  it("should make the cart a bundle created the shopper's cart and show the bundle on the cart page", async () => {
    const { productId, bundle } = await productWithBundle()
    const shopper = await shop.shopper()
    const page = await shopper.open(`/products/${await handleOf(productId)}`)
    expect(await shopper.cookie("_medusa_cart_id")).toBeUndefined()
    await markDocument(page)
    await page
      .locator("tp-bundle")
      .getByRole("button", { name: `Add all ${bundle.items.length} to cart` })
      .click()
    await page
      .locator("tp-bundle")
      .getByText(/^Added the bundle to your cart/)
      .waitFor()
    // the bridge's server action adopted the widget's new cart, and the refreshed page passes it to the widgets
    await page.locator("tp-also-bought[cart-id]").waitFor({ state: "attached" })
    expect(await stillSameDocument(page)).toBe(true)
    const cartId = await shopper.cookie("_medusa_cart_id")
    expect(cartId).toMatch(/^cart_/)
    expect(await page.locator("tp-bundle").getAttribute("cart-id")).toBe(cartId)

    await page.getByRole("link", { name: "Cart" }).click()
    await page
      .locator("tr[data-line-id]")
      .nth(bundle.items.length - 1)
      .waitFor()
    expect(await renderedLines(page)).toHaveLength(bundle.items.length)
    for (const item of bundle.items)
      await page.getByRole("row", { name: new RegExp(escapeRegExp(item.title)) }).waitFor()
    await page.getByRole("row", { name: /^Discount/ }).waitFor()
    expect(shopper.problems).toEqual([])
  })

  it("should show an item added from the cart's also-bought cards in the server-rendered cart without a reload", async () => {
    const { productId } = await productWithBundle()
    const shopper = await shop.shopper()
    const page = shopper.page
    await addThroughProductPage(page, await inStockVariantOf(productId))
    expect(await renderedLines(page)).toHaveLength(1)
    await markDocument(page)
    const add = page
      .locator("tp-also-bought")
      .getByRole("button", { name: /^Add .+ to cart$/ })
      .first()
    const name = (await add.getAttribute("aria-label")) ?? ""
    const title = name.replace(/^Add /, "").replace(/ to cart$/, "")
    await add.click()
    await page.locator("tr[data-line-id]").nth(1).waitFor()
    expect(await stillSameDocument(page)).toBe(true)
    await page.getByRole("row", { name: new RegExp(escapeRegExp(title)) }).waitFor()
    expect(shopper.problems).toEqual([])
  })

  describe("with an offer", () => {
    const runOffer = useRunOffer()

    it("should show the discount of an offer applied on the cart page in the server-rendered cart", async () => {
      const run = runOffer()
      const shopper = await shop.shopper({ consent: "ask" })
      const page = shopper.page
      await becomeMember(page, run.medium)
      const { productId } = await productWithBundle()
      await addThroughProductPage(page, await inStockVariantOf(productId))
      await markDocument(page)
      const offer = page.getByRole("region", { name: run.headline })
      await offer.getByRole("button", { name: "Apply to cart" }).click()
      await offer
        .getByRole("status")
        .getByText(new RegExp(`^Code ${run.code} is applied to your cart`))
        .waitFor()
      await page.getByRole("row", { name: new RegExp(`Discount ${run.code}`) }).waitFor()
      expect(await stillSameDocument(page)).toBe(true)
      expect(page.url()).toBe(`${APP}/cart`)
      expect(shopper.problems).toEqual([])
    })
  })
})
