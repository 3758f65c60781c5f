import { request as httpRequest } from "node:http"
import type { Request } from "playwright-core"
import { registerCustomer } from "../../../test/helpers/offers"
import { productWithBundle } from "../../../test/helpers/recommendations"
import { listsOf, savedVariants } from "../../../test/helpers/wishlist"
import { logIn } from "./helpers/account"
import { handleOf } from "./helpers/catalog"
import { APP, useShop } from "./helpers/shop"

/** A request with the path exactly as written (fetch would normalise `%2e%2e`). */
function rawGet(path: string): Promise<number> {
  return new Promise((done, fail) => {
    const call = httpRequest(`${APP}${path}`, { method: "GET" }, (answer) => {
      answer.resume()
      done(answer.statusCode ?? 0)
    })
    call.on("error", fail)
    call.end()
  })
}

describe("the route handler /api/touchpoints (real backend)", () => {
  const shop = useShop()

  it("should answer 404 for every path outside the allow-list, also for a logged-in customer", async () => {
    const customer = await registerCustomer()
    const shopper = await shop.shopper()
    await logIn(shopper.page, customer.email)
    const statuses = await shopper.page.evaluate(async () => {
      const calls: [string, string][] = [
        ["GET", "/api/touchpoints/store/customers/me"],
        ["GET", "/api/touchpoints/store/orders"],
        ["GET", "/api/touchpoints/admin/users"],
        ["POST", "/api/touchpoints/auth/customer/emailpass"],
        ["GET", "/api/touchpoints/store/wishlists/a/b/c/d"],
      ]
      const answers = []
      for (const [method, path] of calls) {
        const answer = await fetch(path, {
          method,
          headers: { "content-type": "application/json" },
          body: method === "POST" ? "{}" : undefined,
        })
        answers.push(`${method} ${path} ${answer.status}`)
      }
      return answers
    })
    expect(statuses).toEqual([
      "GET /api/touchpoints/store/customers/me 404",
      "GET /api/touchpoints/store/orders 404",
      "GET /api/touchpoints/admin/users 404",
      "POST /api/touchpoints/auth/customer/emailpass 404",
      "GET /api/touchpoints/store/wishlists/a/b/c/d 404",
    ])
    expect(await rawGet("/api/touchpoints/store/wishlists/%2e%2e/%2e%2e/admin/users")).toBe(404)
    expect(await rawGet("/api/touchpoints/store/wishlists/..%2f..%2fadmin%2fusers")).toBe(404)
  })

  it("should carry no token in any call the browser makes, and reach Medusa only through the shop", async () => {
    const customer = await registerCustomer()
    const { productId } = await productWithBundle()
    const shopper = await shop.shopper({ consent: "all" })
    const requests: Request[] = []
    shopper.context.on("request", (request) => requests.push(request))
    await logIn(shopper.page, customer.email)
    const page = await shopper.open(`/products/${await handleOf(productId)}`)
    const heart = page.locator("tp-wishlist-button").getByRole("button", { name: "Save to wishlist" })
    const saved = page.waitForResponse((answer) =>
      answer.url().includes("/api/touchpoints/store/wishlists/default/items")
    )
    await heart.click()
    expect((await saved).ok()).toBe(true)
    await page.waitForLoadState("networkidle")

    const variantId = (await page.locator("tp-wishlist-button").getAttribute("variant-id")) ?? ""
    // the route handler added the customer's token: the save landed in the customer's list
    expect(savedVariants(await listsOf({ customer: customer.token }))).toContain(variantId)

    const backend = new URL(process.env.TP_BACKEND_URL ?? "http://localhost:9000").origin
    expect(requests.filter((request) => request.url().startsWith(backend)).map((request) => request.url())).toEqual([])
    const widgetCalls = requests.filter((request) => request.url().startsWith(`${APP}/api/touchpoints/`))
    expect(widgetCalls.length).toBeGreaterThan(3)
    for (const request of requests) {
      const headers = await request.allHeaders()
      expect({ url: request.url(), authorization: headers.authorization }).toEqual({
        url: request.url(),
        authorization: undefined,
      })
    }
    expect(shopper.problems).toEqual([])
  })
})
