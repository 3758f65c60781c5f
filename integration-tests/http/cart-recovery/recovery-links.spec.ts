import { createHmac } from "node:crypto"
import type { IPromotionModuleService, MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { signRecoveryToken } from "@touchpoints/cart-recovery/lib/recovery-token"
import { scanAbandonedCarts } from "@touchpoints/cart-recovery/lib/scan-abandoned-carts"
import { restoreRecoveredCartWorkflow } from "@touchpoints/cart-recovery/workflows"
import { type SigningKeys, signToken } from "@touchpoints/core/lib"
import { adminHeaders } from "../../helpers/admin"
import { createCartRecoveryShop } from "../../helpers/cart-recovery-shop"
import { registerCustomer } from "../../helpers/customers"
import { explain, failure, storeHeaders } from "../../helpers/http"
import { useMailCatcher } from "../../helpers/mail"
import { httpTestRunner } from "../../helpers/runner"

jest.setTimeout(180_000)

const mail = useMailCatcher(25_297)

/** The recovery token inside a reminder's link. */
const recoveryToken = (text: string) => decodeURIComponent(/recover(?:=|&#x3D;)([^\s&"]+)/.exec(text)?.[1] ?? "")
const DAY = 86_400_000

type CartLine = { variant_id: string; quantity: number; title: string }

// a failing step after every change of the recovery, switched on by one test to prove the compensation
let failAfterRestore = false
restoreRecoveredCartWorkflow.hooks.cartRestored(() => {
  if (failAfterRestore) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "injected failure after the restore")
})

httpTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof createCartRecoveryShop>>
    let container: MedusaContainer

    beforeEach(async () => {
      container = getContainer()
      shop = await createCartRecoveryShop(container, api)
      failAfterRestore = false
    })

    /** The attacker's own abandoned cart (with a delivery address) and the link its reminder mailed. */
    const attackerLink = async (idleHours = 2) => {
      const cartId = await shop.abandonedCart({ email: "attacker@example.test" })
      await api
        .post(
          `/store/carts/${cartId}`,
          {
            shipping_address: {
              first_name: "Mallory",
              last_name: "Attacker",
              address_1: "Trap Street 13",
              city: "Berlin",
              country_code: "de",
              postal_code: "10115",
            },
          },
          shop.headers
        )
        .catch(explain)
      await shop.idleFor(cartId, idleHours)
      expect((await scanAbandonedCarts(container)).outcomes).toEqual({ sent: 1 })
      const [message] = await mail.catcher().waitForMessages(1)
      return { cartId, token: recoveryToken(message.text), message }
    }

    /** A shopper's own guest cart with a cup in it. */
    const shopperCart = async () => {
      const { data } = await api.post("/store/carts", { region_id: shop.catalog.regionId }, shop.headers).catch(explain)
      await api
        .post(
          `/store/carts/${data.cart.id}/line-items`,
          { variant_id: shop.catalog.variants.cup, quantity: 1 },
          shop.headers
        )
        .catch(explain)
      return data.cart.id as string
    }

    const linesOf = async (cartId: string) =>
      (await api.get(`/store/carts/${cartId}`, shop.headers).catch(explain)).data.cart.items.map((item: CartLine) => ({
        variant_id: item.variant_id,
        quantity: Number(item.quantity),
      }))

    /** GET (the view) or POST (the restore, no cart) of a token. */
    const call = (method: "get" | "post", token: string) =>
      method === "get"
        ? api.get(`/store/cart-recovery/${token}`, shop.headers)
        : api.post(`/store/cart-recovery/${token}`, {}, shop.headers)

    const keys = () => container.resolve<{ settings: { keys: SigningKeys } }>("touchpointsCartRecovery").settings.keys

    describe("GET /store/cart-recovery/:token", () => {
      it("should show the lines to restore and until when, but not the cart id, email or address, and change nothing", async () => {
        const { cartId, token } = await attackerLink()
        const { data, headers } = await api.get(`/store/cart-recovery/${token}`, shop.headers).catch(explain)
        expect(headers["cache-control"]).toBe("no-store")
        expect(Object.keys(data.recovery).sort()).toEqual(
          ["currency_code", "expires_at", "is_your_cart", "item_total", "items", "region_id", "reminder_step"].sort()
        )
        expect(data.recovery.items).toEqual([
          expect.objectContaining({ title: "Green Tea", quantity: 2, unit_price: 10 }),
        ])
        expect(new Date(data.recovery.expires_at).getTime() - Date.now()).toBeGreaterThan(13 * DAY)
        const shown = JSON.stringify(data)
        for (const secret of [cartId, "attacker@example.test", "Trap Street", "Mallory"]) {
          expect(shown).not.toContain(secret)
        }
        expect(data.recovery.is_your_cart).toBe(false)
        // the same device may ask whether its cart is the reminded one; another cart is told no
        const own = await shopperCart()
        const asked = async (cart: string) =>
          (await api.get(`/store/cart-recovery/${token}?cart_id=${cart}`, shop.headers).catch(explain)).data.recovery
        expect((await asked(cartId)).is_your_cart).toBe(true)
        expect((await asked(own)).is_your_cart).toBe(false)
        const unknownField = await api.get(`/store/cart-recovery/${token}?cart=x`, shop.headers).catch(failure)
        expect(unknownField.status).toBe(400)
        // no GET changes state: a mail scanner fetching the link is no click
        const [record] = await shop.pg
          .raw("SELECT click_count FROM tp_cr_cart WHERE cart_id = ?", [cartId])
          .then((result: { rows: { click_count: number }[] }) => result.rows)
        expect(Number(record.click_count)).toBe(0)
      })

      it("should refuse an expired link with a 410 that says so, also for a link of the 0.1 releases", async () => {
        const { cartId, token } = await attackerLink()
        const old = signRecoveryToken(keys(), cartId, 0, 14, new Date(Date.now() - 15 * DAY))
        for (const method of ["get", "post"] as const) {
          const expired = await call(method, old).catch(failure)
          expect(expired.status).toBe(410)
          expect(expired.data).toMatchObject({ type: "not_allowed", code: "link_expired" })
          expect(expired.data.message).toMatch(/This cart link has expired.*14 days/)
        }

        // a 0.1 link carries no expiry: it is dated from its reminder (here sent 15 days ago)
        expect((await api.get(`/store/cart-recovery/${token}`, shop.headers)).status).toBe(200)
        const legacy = legacyToken(keys().secret, cartId, 0)
        expect((await api.get(`/store/cart-recovery/${legacy}`, shop.headers).catch(explain)).status).toBe(200)
        await shop.pg.raw("UPDATE tp_cr_reminder SET created_at = now() - interval '15 days' WHERE cart_id = ?", [
          cartId,
        ])
        const gone = await api.get(`/store/cart-recovery/${legacy}`, shop.headers).catch(failure)
        expect(gone.status).toBe(410)
        expect(gone.data.message).toMatch(/it worked until \d{4}-\d\d-\d\d/)
      })

      it("should refuse a token of another purpose, and forged or malformed tokens, with a 404", async () => {
        const { cartId } = await attackerLink()
        const survey = signToken(keys(), "survey", [cartId, "0"], { expiresAt: new Date(Date.now() + DAY) })
        const foreign = signRecoveryToken({ secret: "n".repeat(32) }, cartId, 0, 14)
        for (const token of [survey, foreign, "nope", "x".repeat(600)]) {
          for (const method of ["get", "post"] as const) {
            const refused = await call(method, token).catch(failure)
            expect(refused.status).toBe(404)
            expect(refused.data).toMatchObject({ type: "not_found", message: "This cart link is not valid" })
          }
        }
      })
    })

    describe("POST /store/cart-recovery/:token", () => {
      it("should add the link's lines to the shopper's own cart, which keeps its id (no cart fixation)", async () => {
        const { cartId: attackerCart, token } = await attackerLink()
        const own = await shopperCart()

        const { data } = await api.post(`/store/cart-recovery/${token}`, { cart_id: own }, shop.headers).catch(explain)
        expect(data.mode).toBe("added")
        expect(data.cart.id).toBe(own)
        expect(JSON.stringify(data)).not.toContain(attackerCart)
        expect(await linesOf(own)).toEqual(
          expect.arrayContaining([
            { variant_id: shop.catalog.variants.cup, quantity: 1 },
            { variant_id: shop.catalog.variants.tea, quantity: 2 },
          ])
        )
        // the attacker's cart is untouched: nothing of the shopper lands where the link's sender can read it
        const attackerView = (await api.get(`/store/carts/${attackerCart}`, shop.headers).catch(explain)).data.cart
        expect(attackerView.email).toBe("attacker@example.test")
        expect(attackerView.items).toHaveLength(1)
      })

      it("should make a new cart for a shopper without one: its id is not the link's, and it carries no email", async () => {
        const { cartId: attackerCart, token } = await attackerLink()
        const { data } = await api.post(`/store/cart-recovery/${token}`, {}, shop.headers).catch(explain)
        expect(data.mode).toBe("created")
        expect(data.cart.id).toMatch(/^cart_/)
        expect(data.cart.id).not.toBe(attackerCart)
        expect(data.cart.items).toEqual([expect.objectContaining({ title: "Green Tea", quantity: 2 })])
        const made = (await api.get(`/store/carts/${data.cart.id}`, shop.headers).catch(explain)).data.cart
        expect(made.email).toBeNull()
        expect(made.shipping_address).toBeNull()
      })

      it("should count an order from the cart the lines went into as the reminded cart's recovery, and stop its reminders", async () => {
        const { cartId: remindedCart, token } = await attackerLink()
        const { data } = await api.post(`/store/cart-recovery/${token}`, {}, shop.headers).catch(explain)
        await api.post(`/store/carts/${data.cart.id}`, { email: "attacker@example.test" }, shop.headers).catch(explain)
        const order = await shop.completeCart(data.cart.id)

        // the reminded cart is not reminded again: the shopper went on in another cart
        await shop.idleFor(remindedCart, 30)
        expect((await scanAbandonedCarts(container)).outcomes).toEqual({})
        const admin = await adminHeaders(container, api)
        await waitFor(async () => {
          const { stats } = (await api.get("/admin/cart-recovery/stats", admin).catch(explain)).data
          return stats.carts_recovered === 1 ? stats : null
        }).then((stats) =>
          expect(stats).toMatchObject({
            carts_clicked: 1,
            clicks: 1,
            recovered_after_click: 1,
            recovered_revenue: [{ currency_code: "eur", amount: Number(order.total) }],
          })
        )
      })

      it("should refuse another customer's cart with the 404 of an unknown cart, and leave it alone", async () => {
        const { token } = await attackerLink()
        const customer = await registerCustomer(api, shop.key, "owner@example.test")
        const asCustomer = storeHeaders(shop.key, { authorization: `Bearer ${customer.token}` })
        const { data } = await api.post("/store/carts", { region_id: shop.catalog.regionId }, asCustomer).catch(explain)
        const refused = await api
          .post(`/store/cart-recovery/${token}`, { cart_id: data.cart.id }, shop.headers)
          .catch(failure)
        expect(refused.status).toBe(404)
        expect((await api.get(`/store/carts/${data.cart.id}`, asCustomer).catch(explain)).data.cart.items).toEqual([])

        // the customer themself may
        const own = await api
          .post(`/store/cart-recovery/${token}`, { cart_id: data.cart.id }, asCustomer)
          .catch(explain)
        expect(own.data).toMatchObject({ mode: "added", cart: { id: data.cart.id } })
      })

      it("should answer 400 for an unknown field or a malformed cart id, and 409 for an ordered cart", async () => {
        const { cartId, token } = await attackerLink()
        for (const body of [{ cart: "x" }, { cart_id: "not a cart" }]) {
          const refused = await api.post(`/store/cart-recovery/${token}`, body, shop.headers).catch(failure)
          expect(refused.status).toBe(400)
          expect(refused.data.type).toBe("invalid_data")
        }
        await shop.completeCart(cartId)
        const ordered = await api.post(`/store/cart-recovery/${token}`, {}, shop.headers).catch(failure)
        expect(ordered.status).toBe(409)
        expect(ordered.data).toMatchObject({ type: "conflict", code: "cart_completed" })
      })

      it("should take the lines out again and count no click when a later step fails", async () => {
        const { cartId: remindedCart, token } = await attackerLink()
        const own = await shopperCart()
        const cartsBefore = await countCarts(shop.pg)
        failAfterRestore = true

        for (const body of [{ cart_id: own }, {}]) {
          const failed = await api.post(`/store/cart-recovery/${token}`, body, shop.headers).catch(failure)
          expect(failed.status).toBe(400)
          expect(failed.data.message).toBe("injected failure after the restore")
        }
        expect(await linesOf(own)).toEqual([{ variant_id: shop.catalog.variants.cup, quantity: 1 }])
        expect(await countCarts(shop.pg)).toBe(cartsBefore)
        const { rows } = await shop.pg.raw("SELECT click_count, restored_at FROM tp_cr_cart WHERE cart_id = ?", [
          remindedCart,
        ])
        expect(rows).toEqual([{ click_count: 0, restored_at: null }])
        expect((await shop.pg.raw("SELECT count(*) AS n FROM tp_cr_restore")).rows[0].n).toBe("0")
      })
    })

    describe("incentive codes", () => {
      /** The reminded shopper's last reminder, with its 10% code. */
      const incentive = async () => {
        const { cartId, token, message } = await attackerLink(80)
        return { cartId, token, code: /COMEBACK-[2-9A-Z]{10}/.exec(message.text)?.[0] as string }
      }

      it("should refuse the code at completion in a cart of another email, and when added to one", async () => {
        const { code } = await incentive()
        // added while the cart does not say whose it is yet: let through, and refused at checkout
        const other = await shopperCart()
        await api.post(`/store/carts/${other}/promotions`, { promo_codes: [code] }, shop.headers).catch(explain)
        await api.post(`/store/carts/${other}`, { email: "friend@example.test" }, shop.headers).catch(explain)
        await expect(shop.completeCart(other)).rejects.toThrow(/was sent to another shopper/)

        const friend = await shop.abandonedCart({ email: "friend@example.test" })
        const refused = await api
          .post(`/store/carts/${friend}/promotions`, { promo_codes: [code] }, shop.headers)
          .catch(failure)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/Code COMEBACK-\w+ was sent to another shopper/)
      })

      it("should let the reminded shopper use it in the cart a link restored, with the same address", async () => {
        const { code, token } = await incentive()
        const { data } = await api.post(`/store/cart-recovery/${token}`, {}, shop.headers).catch(explain)
        await api.post(`/store/carts/${data.cart.id}`, { email: "Attacker@Example.test" }, shop.headers).catch(explain)
        const applied = (
          await api
            .post(`/store/carts/${data.cart.id}/promotions`, { promo_codes: [code] }, shop.headers)
            .catch(explain)
        ).data.cart
        expect(Number(applied.discount_total)).toBeCloseTo(2, 5)
        const order = await shop.completeCart(data.cart.id)
        expect(Number(order.total)).toBeCloseTo(18 + 5, 5) // €20 - 10% + €5 shipping
      })

      it("should refuse the code once it expired, when added and at completion", async () => {
        const { cartId, code } = await incentive()
        const promotions = container.resolve<IPromotionModuleService>(Modules.PROMOTION)
        const [promotion] = await promotions.listPromotions({ code }, { select: ["id", "metadata"] })
        expect(new Date(String(promotion.metadata?.expires_at)).getTime() - Date.now()).toBeGreaterThan(6 * DAY)
        await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: [code] }, shop.headers).catch(explain)

        await promotions.updatePromotions([
          {
            id: promotion.id,
            metadata: { ...promotion.metadata, expires_at: new Date(Date.now() - 1000).toISOString() },
          },
        ])
        await expect(shop.completeCart(cartId)).rejects.toThrow(/Code COMEBACK-\w+ expired on/)
        const again = await shop.abandonedCart({ email: "attacker@example.test" })
        const refused = await api
          .post(`/store/carts/${again}/promotions`, { promo_codes: [code] }, shop.headers)
          .catch(failure)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/expired on \d{4}-\d\d-\d\d/)
      })
    })
  },
})

/** A link as the 0.1 releases mailed it: `cr.<cart>.<step>.<HMAC-SHA256 under the raw secret, 128 bits>`. */
function legacyToken(secret: string, cartId: string, step: number): string {
  const payload = `cr.${cartId}.${step}`
  return `${payload}.${createHmac("sha256", secret).update(payload).digest().subarray(0, 16).toString("base64url")}`
}

async function countCarts(pg: { raw: (sql: string) => Promise<{ rows: { n: string }[] }> }): Promise<number> {
  return Number((await pg.raw("SELECT count(*) AS n FROM cart WHERE deleted_at IS NULL")).rows[0].n)
}

/** Polls until `read` answers something (events are handled after the request that emitted them). */
async function waitFor<T>(read: () => Promise<T | null>, timeoutMs = 10_000): Promise<T> {
  const giveUpAt = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (value !== null) return value
    if (Date.now() > giveUpAt) throw new Error("waitFor: timed out")
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}
