import { signToken } from "@touchpoints/core/lib"
import { requireBackend } from "./helpers/backend"
import { useHarness } from "./helpers/harness"
import { cartLines, createCart, someVariant, storeCall } from "./helpers/store"

const FIXTURE = "/fixtures/cart-recovery.html"
/** The demo store signs reminder links with this secret (TP_SIGNING_SECRET unset); the link is what the email holds. */
const DEMO_SECRET = process.env.TP_SIGNING_SECRET || "touchpoints-demo-signing-secret-not-for-real-shops"
const DAY = 86_400_000

/** A recovery token as a reminder's link carries it (purpose "recovery", expiring). */
const recoveryToken = (cartId: string, expiresAt = new Date(Date.now() + 14 * DAY)) =>
  signToken({ secret: DEMO_SECRET }, "recovery", [cartId, "0"], { expiresAt })

/** A cart with an email and two of one product, and the token its first reminder's link carries. */
async function remindedCart() {
  const variant = await someVariant()
  const cart = await createCart([variant], 2)
  await storeCall(`/store/carts/${cart.id}`, { body: { email: "widget-shopper@example.test" } })
  return { cartId: cart.id, variant, token: recoveryToken(cart.id) }
}

type Recovered = { cart: { id: string }; mode: string }

describe("<tp-cart-recovery>", () => {
  const harness = useHarness()

  /** Records every `tp-cart-recovered` detail on `window.__recovered`. */
  const recordRecoveries = () =>
    harness.page.addInitScript(() => {
      document.addEventListener("tp-cart-recovered", (event) => {
        const w = window as unknown as { __recovered?: Recovered[] }
        w.__recovered = [...(w.__recovered ?? []), event.detail as Recovered]
      })
    })
  const recoveries = () =>
    harness.page.evaluate(() => (window as unknown as { __recovered?: Recovered[] }).__recovered ?? [])

  it("should ask before adding a link's lines to a cart with items, by keyboard, and keep the shopper's cart", async () => {
    requireBackend()
    const { cartId: reminded, variant, token } = await remindedCart()
    const own = await createCart([await someVariant([variant.variantId])], 1)
    await recordRecoveries()
    const page = await harness.open(FIXTURE, { defined: "tp-cart-recovery" })
    await page.evaluate(
      ([cartId, value]) => {
        const element = document.querySelector("tp-cart-recovery")
        element?.setAttribute("cart-id", cartId)
        element?.setAttribute("token", value)
      },
      [own.id, token]
    )
    const status = page.getByRole("status")
    await status.getByText("Add these items from your reminder to your cart?").waitFor()
    expect(await status.getByText(variant.productTitle).count()).toBe(1)
    expect(await cartLines(own.id)).toHaveLength(1)

    const add = page.getByRole("button", { name: "Add to my cart" })
    expect(await page.getByRole("button", { name: "No, thanks" }).count()).toBe(1)
    await add.focus()
    await page.keyboard.press("Enter")
    await status.getByText("Added to your cart: 2 items.").waitFor()
    expect(await recoveries()).toEqual([
      expect.objectContaining({ cart: expect.objectContaining({ id: own.id }), mode: "added" }),
    ])
    expect((await harness.recorded()).cart).toEqual([{ cart_id: own.id, reason: "recover" }])
    const lines = await cartLines(own.id)
    expect(lines.map((line) => line.variant_id).sort()).toEqual(
      [...own.lines.map((l) => l.variant_id), variant.variantId].sort()
    )
    expect(JSON.stringify(await recoveries())).not.toContain(reminded)
    expect(await page.getByRole("button", { name: "Add to my cart" }).isVisible()).toBe(false)
  })

  it("should restore into a new cart for a shopper without one, never the reminded cart, and take the token out of the address bar", async () => {
    requireBackend()
    const { cartId: reminded, token } = await remindedCart()
    await recordRecoveries()
    const page = await harness.open(`${FIXTURE}?recover=${encodeURIComponent(token)}&utm_source=reminder`, {
      defined: "tp-cart-recovery",
    })
    const status = page.getByRole("status")
    await status.getByText("Welcome back! Your cart is restored: 2 items.").waitFor()
    const [recovered] = await recoveries()
    expect(recovered.mode).toBe("created")
    expect(recovered.cart.id).toMatch(/^cart_/)
    expect(recovered.cart.id).not.toBe(reminded)
    expect((await harness.recorded()).cart).toEqual([{ cart_id: recovered.cart.id, reason: "recover" }])
    expect(await cartLines(recovered.cart.id)).toEqual([expect.objectContaining({ quantity: 2 })])
    expect(new URL(page.url()).search).toBe("?utm_source=reminder")
    // nothing was added to the host: it renders only into its shadow root
    expect(await page.evaluate(() => document.querySelector("tp-cart-recovery")?.outerHTML)).toBe(
      "<tp-cart-recovery></tp-cart-recovery>"
    )
  })

  it("should not ask on the device whose cart the reminder was about, and leave that cart as it is", async () => {
    requireBackend()
    const { cartId, token } = await remindedCart()
    await recordRecoveries()
    const page = await harness.open(FIXTURE, { defined: "tp-cart-recovery" })
    await page.evaluate(
      ([id, value]) => {
        const element = document.querySelector("tp-cart-recovery")
        element?.setAttribute("cart-id", id)
        element?.setAttribute("token", value)
      },
      [cartId, token]
    )
    await page.getByRole("status").getByText("Welcome back! Your cart is restored: 2 items.").waitFor()
    expect(await recoveries()).toEqual([
      expect.objectContaining({ cart: expect.objectContaining({ id: cartId }), mode: "unchanged" }),
    ])
    expect(await cartLines(cartId)).toEqual([expect.objectContaining({ quantity: 2 })])
  })

  it("should leave the shopper's cart as it is when they decline", async () => {
    requireBackend()
    const { variant, token } = await remindedCart()
    const own = await createCart([await someVariant([variant.variantId])], 1)
    const page = await harness.open(FIXTURE, { defined: "tp-cart-recovery" })
    await page.evaluate(
      ([cartId, value]) => {
        const element = document.querySelector("tp-cart-recovery")
        element?.setAttribute("cart-id", cartId)
        element?.setAttribute("token", value)
      },
      [own.id, token]
    )
    await page.getByRole("button", { name: "No, thanks" }).click()
    await page.getByRole("status").getByText("Your cart was left as it is.").waitFor()
    expect(await cartLines(own.id)).toHaveLength(1)
    expect((await harness.recorded()).cart).toEqual([])
  })

  it("should say plainly that an expired link expired", async () => {
    requireBackend()
    const { cartId } = await remindedCart()
    const expired = recoveryToken(cartId, new Date(Date.now() - DAY))
    const page = await harness.open(`${FIXTURE}?recover=${encodeURIComponent(expired)}`, {
      defined: "tp-cart-recovery",
    })
    await page
      .getByRole("status")
      .getByText("This cart link has expired: links in cart reminders work for a limited time.")
      .waitFor()
    expect((await harness.recorded()).errors).toEqual([expect.objectContaining({ status: 410 })])
    expect((await harness.recorded()).cart).toEqual([])
  })

  it("should say so when the link is not valid, in a status a screen reader announces", async () => {
    requireBackend()
    const page = await harness.open(`${FIXTURE}?recover=cart_forged.0.0.AAAAAAAAAAAAAAAAAAAAAA`, {
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
})
