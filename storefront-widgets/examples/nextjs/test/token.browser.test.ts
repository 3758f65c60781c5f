import type { Response } from "playwright-core"
import { registerCustomer } from "../../../test/helpers/offers"
import { placeCustomerOrder } from "../../../test/helpers/orders"
import { productWithBundle } from "../../../test/helpers/recommendations"
import { logIn } from "./helpers/account"
import { addThroughProductPage } from "./helpers/cart"
import { inStockVariantOf } from "./helpers/catalog"
import { APP, useShop } from "./helpers/shop"

/** Everything the page can see of itself: its HTML, inline scripts, storage and readable cookies. */
function pageSide() {
  return {
    html: document.documentElement.outerHTML,
    inlineScripts: [...document.querySelectorAll("script:not([src])")].map((script) => script.textContent ?? ""),
    localStorage: JSON.stringify({ ...localStorage }),
    sessionStorage: JSON.stringify({ ...sessionStorage }),
    cookie: document.cookie,
  }
}

describe("the customer's token stays on the server", () => {
  const shop = useShop()

  it("should appear nowhere the page can read: HTML, inline scripts, script files, RSC answers, storage, cookies", async () => {
    const customer = await registerCustomer()
    const { orderId } = await placeCustomerOrder(customer.email)
    const { productId } = await productWithBundle()
    const variant = await inStockVariantOf(productId)
    const { handle } = variant
    const shopper = await shop.shopper({ consent: "all" })
    const page = shopper.page
    await logIn(page, customer.email)
    const jwt = (await shopper.context.cookies(APP)).find((cookie) => cookie.name === "_medusa_jwt")
    if (!jwt?.value) throw new Error("logging in set no _medusa_jwt cookie")
    expect(jwt).toMatchObject({ httpOnly: true, sameSite: "Strict", secure: true })
    // the token, and its payload part alone (a decoded or re-encoded copy would still carry it)
    const secrets = [jwt.value, jwt.value.split(".")[1] ?? jwt.value]

    const bodies: { url: string; text: string }[] = []
    const pending: Promise<void>[] = []
    const keep = (answer: Response) => {
      if (!answer.url().startsWith(APP)) return
      pending.push(
        answer.text().then(
          (text) => void bodies.push({ url: answer.url(), text }),
          () => undefined // redirects and aborted answers have no body
        )
      )
    }
    shopper.context.on("response", keep)

    await addThroughProductPage(page, variant)
    const seen = []
    for (const path of ["/", `/products/${handle}`, "/cart", "/account", `/order/${orderId}/confirmed`]) {
      await shopper.open(path)
      await page.waitForLoadState("networkidle")
      seen.push(await page.evaluate(pageSide))
    }
    // client-side navigations fetch RSC payloads
    await page.getByRole("link", { name: "Cart" }).click()
    await page.getByRole("heading", { name: "Cart" }).waitFor()
    await page.waitForLoadState("networkidle")
    seen.push(await page.evaluate(pageSide))
    await Promise.all(pending)

    expect(bodies.some((body) => body.url.includes("/_next/static/chunks/"))).toBe(true)
    expect(bodies.some((body) => body.url.includes("/api/touchpoints/store/wishlists"))).toBe(true)
    for (const secret of secrets) {
      expect(bodies.filter((body) => body.text.includes(secret)).map((body) => body.url)).toEqual([])
      for (const side of seen) {
        expect(side.html).not.toContain(secret)
        expect(side.inlineScripts.filter((script) => script.includes(secret))).toEqual([])
        expect(side.localStorage).not.toContain(secret)
        expect(side.sessionStorage).not.toContain(secret)
        expect(side.cookie).not.toContain(secret)
      }
    }
    expect(seen.every((side) => !side.cookie.includes("_medusa_jwt") && !side.cookie.includes("_medusa_cart_id"))).toBe(
      true
    )
    expect(shopper.problems).toEqual([])
  })
})
