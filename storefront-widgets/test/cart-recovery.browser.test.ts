import { signToken } from "@touchpoints/core/lib/signed-token"
import { requireBackend } from "./helpers/backend"
import { useHarness } from "./helpers/harness"
import { createCart, someVariant, storeCall } from "./helpers/store"

const FIXTURE = "/fixtures/cart-recovery.html"
/** The demo store signs reminder links with this secret (TP_SIGNING_SECRET unset); the link is what the email holds. */
const DEMO_SECRET = process.env.TP_SIGNING_SECRET || "touchpoints-demo-signing-secret-not-for-real-shops"

/** A cart with an email and two of one product, and the token its first reminder's link carries. */
async function remindedCart() {
  const variant = await someVariant()
  const cart = await createCart([variant], 2)
  await storeCall(`/store/carts/${cart.id}`, { body: { email: "widget-shopper@example.test" } })
  return { cartId: cart.id, variant, token: signToken(DEMO_SECRET, ["cr", cart.id, "0"]) }
}

describe("<tp-cart-recovery>", () => {
  const harness = useHarness()

  it("should restore the cart of the link in the URL, announce it, and take the token out of the address bar", async () => {
    requireBackend()
    const { cartId, variant, token } = await remindedCart()
    await harness.page.addInitScript(() => {
      document.addEventListener("tp-cart-recovered", (event) => {
        ;(window as unknown as { __recovered: string[] }).__recovered = [
          ...((window as unknown as { __recovered?: string[] }).__recovered ?? []),
          event.detail.cart.id,
        ]
      })
    })
    const page = await harness.open(`${FIXTURE}?recover=${encodeURIComponent(token)}&utm_source=reminder`, {
      defined: "tp-cart-recovery",
    })
    const status = page.getByRole("status")
    await status.getByText("Welcome back! Your cart is restored: 2 items.").waitFor()
    expect(await page.evaluate(() => (window as unknown as { __recovered?: string[] }).__recovered)).toEqual([cartId])
    expect(await status.getByText(variant.productTitle).count()).toBe(1)
    expect(await status.getByText("Quantity 2").count()).toBe(1)
    expect((await harness.recorded()).cart).toEqual([{ cart_id: cartId, reason: "recover" }])
    expect(new URL(page.url()).search).toBe("?utm_source=reminder")
    // nothing was added to the host: it renders only into its shadow root
    expect(await page.evaluate(() => document.querySelector("tp-cart-recovery")?.outerHTML)).toBe(
      "<tp-cart-recovery></tp-cart-recovery>"
    )
  })

  it("should say so when the link is not valid, in a status a screen reader announces", async () => {
    requireBackend()
    const page = await harness.open(`${FIXTURE}?recover=cr.cart_forged.0.AAAAAAAAAAAAAAAAAAAAAA`, {
      defined: "tp-cart-recovery",
    })
    await page.getByRole("status").getByText("This cart link is not valid any more.").waitFor()
    expect((await harness.recorded()).errors).toEqual([expect.objectContaining({ status: 404 })])
    expect((await harness.recorded()).cart).toEqual([])
  })

  it("should render nothing and take no space without a token", async () => {
    requireBackend()
    const page = await harness.open(FIXTURE, { defined: "tp-cart-recovery" })
    const box = await page.locator("tp-cart-recovery").boundingBox()
    expect(box?.height ?? 0).toBe(0)
    expect(await page.getByRole("status").count()).toBe(0)
  })

  it("should restore a cart given as the token attribute", async () => {
    requireBackend()
    const { token } = await remindedCart()
    const page = await harness.open(FIXTURE, { defined: "tp-cart-recovery" })
    await page.evaluate((value) => document.querySelector("tp-cart-recovery")?.setAttribute("token", value), token)
    await page.getByRole("status").getByText("Welcome back! Your cart is restored: 2 items.").waitFor()
  })
})
