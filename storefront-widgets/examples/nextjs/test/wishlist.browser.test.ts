import { randomUUID } from "node:crypto"
import { registerCustomer } from "../../../test/helpers/offers"
import { productWithBundle } from "../../../test/helpers/recommendations"
import { customerToken } from "../../../test/helpers/store"
import { guestToken, listsOf, savedVariants } from "../../../test/helpers/wishlist"
import { logIn, register } from "./helpers/account"
import { handleOf, titleOf } from "./helpers/catalog"
import { type Shopper, useShop } from "./helpers/shop"
import { escapeRegExp } from "./helpers/widgets"

/** Presses the product page's heart and waits until the backend has it (the button shows it pressed). */
async function saveOnProductPage(shopper: Shopper, handle: string): Promise<string> {
  const page = await shopper.open(`/products/${handle}`)
  const heart = page.locator("tp-wishlist-button").getByRole("button", { name: "Save to wishlist" })
  const variantId = (await page.locator("tp-wishlist-button").getAttribute("variant-id")) ?? ""
  await heart.waitFor()
  const saved = page.waitForResponse(
    (answer) => answer.url().includes("/api/touchpoints/store/wishlists/default/items") && answer.ok()
  )
  await heart.click()
  await saved
  await page.locator("tp-wishlist-button").getByRole("button", { name: "Save to wishlist", pressed: true }).waitFor()
  return variantId
}

describe("wishlists through the route handler (real backend)", () => {
  const shop = useShop()

  it("should save a logged-in customer's variant to the customer's own list and show it on the account page", async () => {
    const customer = await registerCustomer()
    const { productId } = await productWithBundle()
    const handle = await handleOf(productId)
    const shopper = await shop.shopper()
    await logIn(shopper.page, customer.email)
    const variantId = await saveOnProductPage(shopper, handle)

    // the customer's list per the backend, and no guest token was ever made
    expect(savedVariants(await listsOf({ customer: customer.token }))).toContain(variantId)
    expect(await guestToken(shopper.page)).toBeNull()

    const page = await shopper.open("/account")
    const title = await titleOf(productId)
    await page
      .locator("tp-wishlist")
      .getByRole("button", { name: new RegExp(`^Remove: ${escapeRegExp(title)}`) })
      .waitFor()
    expect(shopper.problems).toEqual([])
  })

  it("should keep a guest's list under its own guest token and merge it into the customer's at login", async () => {
    const customer = await registerCustomer()
    const { productId } = await productWithBundle()
    const shopper = await shop.shopper()
    const variantId = await saveOnProductPage(shopper, await handleOf(productId))
    const token = await guestToken(shopper.page)
    expect(token).toBeTruthy()
    expect(savedVariants(await listsOf({ guest: token }))).toContain(variantId)
    expect(savedVariants(await listsOf({ customer: customer.token }))).not.toContain(variantId)

    await logIn(shopper.page, customer.email)
    const title = await titleOf(productId)
    await shopper.page
      .locator("tp-wishlist")
      .getByRole("button", { name: new RegExp(`^Remove: ${escapeRegExp(title)}`) })
      .waitFor()
    expect(savedVariants(await listsOf({ customer: customer.token }))).toContain(variantId)
    // merged: the guest token is forgotten
    await shopper.page.waitForFunction(() => localStorage.getItem("tp_wishlist_token") === null)
    expect(shopper.problems).toEqual([])
  })

  it("should bring a guest's list into the account the guest creates", async () => {
    const { productId } = await productWithBundle()
    const shopper = await shop.shopper()
    const variantId = await saveOnProductPage(shopper, await handleOf(productId))
    const email = `next-example-${randomUUID()}@example.test`
    await register(shopper.page, email)
    const title = await titleOf(productId)
    await shopper.page
      .locator("tp-wishlist")
      .getByRole("button", { name: new RegExp(`^Remove: ${escapeRegExp(title)}`) })
      .waitFor()
    expect(savedVariants(await listsOf({ customer: await customerToken(email) }))).toContain(variantId)
    expect(shopper.problems).toEqual([])
  })
})
