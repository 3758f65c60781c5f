import type { MedusaContainer } from "@medusajs/framework/types"
import { scanAbandonedCarts } from "@touchpoints/cart-recovery/lib/scan-abandoned-carts"
import { adminHeaders } from "../../helpers/admin"
import { createCartRecoveryShop } from "../../helpers/cart-recovery-shop"
import { explain, failure } from "../../helpers/http"
import { useMailCatcher } from "../../helpers/mail"
import { httpTestRunner } from "../../helpers/runner"

jest.setTimeout(180_000)

const mail = useMailCatcher(25_261)

/** The recovery token inside a reminder's link. */
const recoveryToken = (text: string) => decodeURIComponent(/recover(?:=|&#x3D;)([^\s&"]+)/.exec(text)?.[1] ?? "")

httpTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof createCartRecoveryShop>>
    let container: MedusaContainer

    beforeEach(async () => {
      container = getContainer()
      shop = await createCartRecoveryShop(container, api)
    })

    it("sends the first reminder after an hour idle, with both parts, RFC 8058 headers and a link that restores the cart's lines", async () => {
      const cartId = await shop.abandonedCart({ email: "Ada@Example.test" })
      await shop.idleFor(cartId, 2)

      const summary = await scanAbandonedCarts(container)
      expect(summary.outcomes).toEqual({ sent: 1 })
      const [message] = await mail.catcher().waitForMessages(1)
      expect(message.to).toEqual(["ada@example.test"])
      expect(message.subject).toBe("You left something in your cart")
      // the demo's config sets no shop.from: the SMTP provider's own `from` goes out, and no Reply-To
      expect(message.headers.from).toBe("Touchpoints Demo Store <shop@touchpoints.local>")
      expect(message.headers["reply-to"]).toBeUndefined()
      expect(message.headers["list-unsubscribe"]).toMatch(
        /^<http:\/\/localhost:9000\/touchpoints\/unsubscribe\/[\w.-]+>$/
      )
      expect(message.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click")
      // html: inlined CSS, the item with its image, quantity and price in the cart's currency
      expect(message.html).toContain("Green Tea")
      expect(message.html).toContain('src="https://cdn.example/tea.jpg"')
      expect(message.html).toContain("Quantity 2")
      expect(message.html).toContain("€20.00")
      const button = /<a [^>]*class="button"[^>]*>/.exec(message.html)?.[0] ?? ""
      expect(button).toMatch(/style="[^"]*background: ?#1f6feb/)
      expect(button).toContain('href="http://localhost:9000/demo/cart.html?recover')
      expect(message.html).toContain("1 Example Street")
      // text part: the same items and the link
      expect(message.text).toContain("Green Tea (One size), quantity 2: €20.00")
      expect(message.text).not.toContain("COMEBACK-")
      const token = recoveryToken(message.text)
      expect(recoveryToken(message.html)).toBe(token)

      // the link's view shows what would come back, not the cart; following it restores into a new cart
      const view = (await api.get(`/store/cart-recovery/${token}`, shop.headers).catch(explain)).data
      expect(view.recovery.items).toEqual([
        expect.objectContaining({ title: "Green Tea", quantity: 2, unit_price: 10 }),
      ])
      expect(JSON.stringify(view)).not.toContain(cartId)
      expect(view.recovery.reminder_step).toBe(1)
      const restored = (await api.post(`/store/cart-recovery/${token}`, {}, shop.headers).catch(explain)).data
      expect(restored.mode).toBe("created")
      expect(restored.cart.id).not.toBe(cartId)
      expect(restored.cart.items).toEqual([expect.objectContaining({ title: "Green Tea", quantity: 2 })])

      // the shopper went on in the restored cart: the reminded cart gets no more reminders
      await shop.idleFor(cartId, 25)
      expect((await scanAbandonedCarts(container)).outcomes).toEqual({})

      const admin = await adminHeaders(container, api)
      const { stats } = (await api.get("/admin/cart-recovery/stats", admin).catch(explain)).data
      expect(stats).toMatchObject({
        carts_abandoned: 1,
        emails_sent: [{ step: 1, sent: 1 }],
        emails_sent_total: 1,
        carts_clicked: 1,
        clicks: 1,
        carts_recovered: 0,
      })
    })

    it("keeps a cart active when items are added after it was created (medusajs/medusa#15043)", async () => {
      const cartId = await shop.abandonedCart({ email: "late@example.test" })
      await shop.idleFor(cartId, 5)
      await api
        .post(`/store/carts/${cartId}/line-items`, { variant_id: shop.catalog.variants.cup, quantity: 1 }, shop.headers)
        .catch(explain)
      // Medusa leaves cart.updated_at where it was; the reminder must still wait
      const [{ updated_at }] = (await shop.pg.raw("SELECT updated_at FROM cart WHERE id = ?", [cartId])).rows
      expect(Date.now() - new Date(updated_at).getTime()).toBeGreaterThan(4 * 3_600_000)
      expect((await scanAbandonedCarts(container)).due).toBe(0)
      expect(mail.catcher().messages()).toHaveLength(0)
    })

    it("does not mail without consent, and stops after a one-click unsubscribe without cookie or key", async () => {
      const noConsent = await shop.abandonedCart({ email: "quiet@example.test", consent: false })
      await shop.idleFor(noConsent, 2)
      expect((await scanAbandonedCarts(container)).outcomes).toEqual({ no_consent: 1 })

      const cartId = await shop.abandonedCart({ email: "leaver@example.test" })
      await shop.idleFor(cartId, 2)
      await scanAbandonedCarts(container)
      const [message] = await mail.catcher().waitForMessages(1)
      const unsubscribeUrl = new URL(message.headers["list-unsubscribe"].slice(1, -1))
      const page = await api.get(unsubscribeUrl.pathname)
      expect(page.status).toBe(200)
      expect(page.data).toContain('<form method="post">')
      const oneClick = await api.post(unsubscribeUrl.pathname, "List-Unsubscribe=One-Click", {
        headers: { "content-type": "application/x-www-form-urlencoded" },
      })
      expect(oneClick.status).toBe(200)
      expect(oneClick.data).toContain("You are unsubscribed")

      await shop.idleFor(cartId, 25)
      expect((await scanAbandonedCarts(container)).outcomes).toMatchObject({ unsubscribed: 1 })
      expect(mail.catcher().messages()).toHaveLength(1)

      const forged = await api.post(`${unsubscribeUrl.pathname}x`, "List-Unsubscribe=One-Click").catch(failure)
      expect(forged.status).toBe(404)
    })

    it("checks the stop rules again before each send: unavailable items, a recent purchase, an ordered cart", async () => {
      const soldOut = await shop.abandonedCart({
        email: "kettle@example.test",
        items: [{ variant: "cup", quantity: 1 }],
      })
      await shop.setStock("cup", 0)
      await shop.idleFor(soldOut, 2)
      expect((await scanAbandonedCarts(container)).outcomes).toEqual({ unavailable: 1 })
      await shop.setStock("cup", 5)

      const bought = await shop.abandonedCart({ email: "buyer@example.test" })
      const other = await shop.abandonedCart({ email: "buyer@example.test" })
      await shop.completeCart(other)
      await shop.idleFor(bought, 2)
      // the sold-out cart already had its step-1 outcome
      expect((await scanAbandonedCarts(container)).outcomes).toEqual({ recent_purchase: 1, not_due: 1 })

      expect(mail.catcher().messages()).toHaveLength(0)
    })

    it("counts an order from a reminded cart as recovered, with its revenue; a completed cart's link answers 409", async () => {
      const cartId = await shop.abandonedCart({ email: "comeback@example.test" })
      await shop.idleFor(cartId, 2)
      await scanAbandonedCarts(container)
      const [message] = await mail.catcher().waitForMessages(1)
      const token = recoveryToken(message.text)
      // the same device: the shopper's cart is the reminded cart, which stays as it is
      const same = (await api.post(`/store/cart-recovery/${token}`, { cart_id: cartId }, shop.headers).catch(explain))
        .data
      expect(same).toMatchObject({ mode: "unchanged", cart: { id: cartId } })
      const order = await shop.completeCart(cartId)

      const gone = await api.get(`/store/cart-recovery/${token}`, shop.headers).catch(failure)
      expect(gone.status).toBe(409)
      expect(gone.data).toMatchObject({ type: "conflict", code: "cart_completed" })
      expect(gone.data.message).toMatch(/already been ordered/)
      await new Promise((resolve) => setTimeout(resolve, 1000))
      const admin = await adminHeaders(container, api)
      const { stats } = (await api.get("/admin/cart-recovery/stats", admin).catch(explain)).data
      expect(stats).toMatchObject({ carts_recovered: 1, recovered_after_click: 1 })
      expect(stats.recovered_revenue).toEqual([{ currency_code: "eur", amount: Number(order.total) }])
    })

    it("offers a unique single-use code only in the last step, and it takes 10% off once", async () => {
      const cartId = await shop.abandonedCart({ email: "late-comer@example.test" })
      await shop.idleFor(cartId, 80)
      expect((await scanAbandonedCarts(container)).outcomes).toEqual({ sent: 1 })
      const [message] = await mail.catcher().waitForMessages(1)
      expect(message.subject).toBe("10% off the items in your cart")
      const code = /COMEBACK-[2-9A-Z]{10}/.exec(message.text)?.[0] as string
      expect(message.html).toContain(`<strong>${code}</strong>`)
      const [reminder] = (
        await shop.pg.raw("SELECT step, promotion_code FROM tp_cr_reminder WHERE cart_id = ?", [cartId])
      ).rows
      expect(reminder).toEqual({ step: 2, promotion_code: code })

      const applied = (
        await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: [code] }, shop.headers).catch(explain)
      ).data.cart
      expect(Number(applied.discount_total)).toBeCloseTo(2, 5) // 10% of 2 x €10
      await shop.completeCart(cartId)

      // the same shopper's next cart (another shopper's is refused outright: recovery-links.spec)
      const other = await shop.abandonedCart({ email: "late-comer@example.test" })
      // used once: another cart gets no discount from it (refused, or kept without an adjustment)
      const reuse = await api
        .post(`/store/carts/${other}/promotions`, { promo_codes: [code] }, shop.headers)
        .catch((error: { response: { status: number; data: unknown } }) => error.response)
      const discount =
        reuse.status === 200 ? Number((reuse.data as { cart: { discount_total: number } }).cart.discount_total) : 0
      expect(reuse.status === 200 || reuse.status === 400).toBe(true)
      expect(discount).toBe(0)
    })

    it("answers 404 for forged, malformed and unknown recovery tokens", async () => {
      for (const token of ["nope", "cr.cart_x.0.AAAA", "cart_x.0.0.AAAAAAAAAAAAAAAAAAAAAA", "x".repeat(600)]) {
        const response = await api.get(`/store/cart-recovery/${token}`, shop.headers).catch(failure)
        expect(response.status).toBe(404)
        expect(response.data.type).toBe("not_found")
      }
    })
  },
})
