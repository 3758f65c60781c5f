import type { MedusaContainer } from "@medusajs/framework/types"
import { scanAbandonedCarts } from "@touchpoints/cart-recovery/lib/scan-abandoned-carts"
import type { EmailModuleService } from "@touchpoints/core/modules/email"
import { EMAIL_MODULE } from "@touchpoints/core/modules/email"
import { retryDueEmailsWorkflow } from "@touchpoints/core/workflows"
import { adminHeaders } from "../../helpers/admin"
import { createCartRecoveryShop } from "../../helpers/cart-recovery-shop"
import { explain, failure } from "../../helpers/http"
import { useMailCatcher } from "../../helpers/mail"
import { httpTestRunner } from "../../helpers/runner"

jest.setTimeout(180_000)

const mail = useMailCatcher(25_262)

type SendRow = { status: string; attempts: number; last_error: string | null; idempotency_key: string }

/** Exactly-once delivery of the email core, exercised through the cart-recovery flow and a real SMTP exchange. */
httpTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof createCartRecoveryShop>>
    let container: MedusaContainer
    const sends = async (): Promise<SendRow[]> =>
      (await shop.pg.raw("SELECT * FROM tp_email_send ORDER BY created_at")).rows
    /** Lets the retry job see every failed send and dead claim as due now. */
    const makeDue = () =>
      shop.pg.raw(
        "UPDATE tp_email_send SET next_attempt_at = now() - interval '1 second', lease_until = now() - interval '1 second'"
      )
    const retry = async () => (await retryDueEmailsWorkflow(container).run({ input: { limit: 100 } })).result

    beforeEach(async () => {
      container = getContainer()
      shop = await createCartRecoveryShop(container, api)
    })

    it("sends each cart's step once when two workers scan at the same time", async () => {
      const carts = await Promise.all(
        ["a", "b", "c", "d", "e"].map((name) => shop.abandonedCart({ email: `${name}@twins.test` }))
      )
      for (const cartId of carts) await shop.idleFor(cartId, 2)
      await Promise.all([scanAbandonedCarts(container), scanAbandonedCarts(container)])
      await mail.catcher().waitForMessages(5)
      await new Promise((resolve) => setTimeout(resolve, 500))
      const recipients = mail
        .catcher()
        .messages()
        .flatMap((message) => message.to)
      expect(recipients.sort()).toEqual([
        "a@twins.test",
        "b@twins.test",
        "c@twins.test",
        "d@twins.test",
        "e@twins.test",
      ])
      expect((await sends()).map((send) => send.status)).toEqual(Array(5).fill("sent"))
    })

    it("sends a claim whose worker died before sending exactly once, and never again", async () => {
      const cartId = await shop.abandonedCart({ email: "crash@example.test" })
      await shop.idleFor(cartId, 2)
      const emails = container.resolve<EmailModuleService>(EMAIL_MODULE)
      // the worker claims, then dies before calling the provider
      const claim = await emails.claimSend({
        flow: "cart-recovery",
        subjectId: cartId,
        step: "1",
        recipient: "crash@example.test",
        marketing: true,
        requiresConsent: true,
        template: "cart-reminder",
        locale: "en",
        message: { subject: "Claimed before the crash", html: "<p>hi</p>", text: "hi", headers: {} },
      })
      expect(claim.outcome).toBe("claimed")
      // a scan in the meantime sees the key taken: it records the step and sends nothing itself
      expect((await scanAbandonedCarts(container)).outcomes).toEqual({ sent: 1 })
      expect(mail.catcher().messages()).toHaveLength(0)
      expect(await retry()).toEqual({ attempted: 0, sent: 0, failed: 0, dead: 0 })
      await makeDue()
      expect(await retry()).toEqual({ attempted: 1, sent: 1, failed: 0, dead: 0 })
      await makeDue()
      expect(await retry()).toMatchObject({ attempted: 0 })
      const messages = await mail.catcher().waitForMessages(1)
      expect(messages.map((message) => message.subject)).toEqual(["Claimed before the crash"])
      expect(await sends()).toEqual([expect.objectContaining({ status: "sent", attempts: 1 })])
    })

    it("retries a send the SMTP server refused for a while, and loses none", async () => {
      const cartId = await shop.abandonedCart({ email: "retry@example.test" })
      await shop.idleFor(cartId, 2)
      mail.catcher().failNext("temporary", 2)
      expect((await scanAbandonedCarts(container)).outcomes).toEqual({ failed: 1 })
      const [first] = await sends()
      expect(first).toMatchObject({ status: "failed", attempts: 1 })
      expect(first.last_error).toMatch(/451/)
      await makeDue()
      expect(await retry()).toMatchObject({ attempted: 1, failed: 1 })
      await makeDue()
      expect(await retry()).toMatchObject({ attempted: 1, sent: 1 })
      const messages = await mail.catcher().waitForMessages(1)
      expect(messages).toHaveLength(1)
      expect(await sends()).toEqual([expect.objectContaining({ status: "sent", attempts: 3 })])
      // Medusa's notification records: one failed attempt per key, then the success
      const notifications = await shop.pg.raw("SELECT idempotency_key, status FROM notification ORDER BY created_at")
      expect(notifications.rows.map((row: { status: string }) => row.status)).toEqual(["failure", "failure", "success"])
    })

    it("keeps mail while the SMTP server is unreachable or hangs, and sends it once when it is back", async () => {
      const cartId = await shop.abandonedCart({ email: "outage@example.test" })
      await shop.idleFor(cartId, 2)
      await mail.down() // connection refused
      expect((await scanAbandonedCarts(container)).outcomes).toEqual({ failed: 1 })
      expect((await sends())[0].last_error).toMatch(/ECONNREFUSED/)
      await mail.up()
      mail.catcher().pause() // accepts the connection, never greets: the provider's 3 s timeout
      await makeDue()
      expect(await retry()).toMatchObject({ attempted: 1, failed: 1 })
      mail.catcher().resume()
      await makeDue()
      expect(await retry()).toMatchObject({ attempted: 1, sent: 1 })
      expect(await mail.catcher().waitForMessages(1)).toHaveLength(1)
      expect(await sends()).toEqual([expect.objectContaining({ status: "sent", attempts: 3 })])
    })

    it("gives up at once on a mailbox that does not exist, and suppresses the address", async () => {
      const cartId = await shop.abandonedCart({ email: "ghost@example.test" })
      await shop.idleFor(cartId, 2)
      mail.catcher().failNext("permanent", 1)
      expect((await scanAbandonedCarts(container)).outcomes).toEqual({ dead: 1 })
      const other = await shop.abandonedCart({ email: "ghost@example.test" })
      await shop.idleFor(other, 2)
      await shop.idleFor(cartId, 25)
      expect((await scanAbandonedCarts(container)).outcomes).toEqual({ suppressed: 2 })
      expect(mail.catcher().messages()).toHaveLength(0)
    })

    it("holds to the frequency cap across carts: one marketing email per address a day", async () => {
      const first = await shop.abandonedCart({ email: "busy@example.test" })
      const second = await shop.abandonedCart({ email: "busy@example.test" })
      await shop.idleFor(first, 2)
      await shop.idleFor(second, 2)
      expect((await scanAbandonedCarts(container)).outcomes).toEqual({ sent: 1, later: 1 })
      expect((await scanAbandonedCarts(container)).outcomes).toEqual({ not_due: 1, later: 1 })
      expect(mail.catcher().messages()).toHaveLength(1)
    })

    it("shows the owner an address's consent and sends, and suppresses it after a complaint", async () => {
      const admin = await adminHeaders(container, api)
      const first = await shop.abandonedCart({ email: "Complainer@Example.test" })
      await shop.idleFor(first, 2)
      await scanAbandonedCarts(container)
      await mail.catcher().waitForMessages(1)
      const { data } = await api.get("/admin/touchpoints/email?address=COMPLAINER@example.test", admin).catch(explain)
      expect(data.consents).toEqual([expect.objectContaining({ flow: "cart-recovery", granted: true })])
      expect(data.suppression).toBeNull()
      expect(data.sends).toEqual([
        expect.objectContaining({ idempotency_key: `cart-recovery:${first}:1`, status: "sent", attempts: 1 }),
      ])

      for (const body of [{ address: "nope", reason: "complained" }, { address: "a@b.test", reason: "spam" }, {}]) {
        expect((await api.post("/admin/touchpoints/email/suppressions", body, admin).catch(failure)).status).toBe(400)
      }
      await api
        .post(
          "/admin/touchpoints/email/suppressions",
          { address: "complainer@example.test", reason: "complained" },
          admin
        )
        .catch(explain)
      const after = (await api.get("/admin/touchpoints/email?address=complainer@example.test", admin).catch(explain))
        .data
      expect(after.suppression).toMatchObject({ reason: "complained" })
      await shop.idleFor(first, 25)
      expect((await scanAbandonedCarts(container)).outcomes).toEqual({ suppressed: 1 })
      expect(mail.catcher().messages()).toHaveLength(1)
      expect((await api.get("/admin/touchpoints/email?address=x@y.test", shop.headers).catch(failure)).status).toBe(401)
    })

    it("validates consent requests: strict bodies, the cart's own address and choices, a login otherwise", async () => {
      const cartId = await shop.abandonedCart({ email: "choice@example.test", consent: false })
      const bad = [
        { granted: "yes", cart_id: cartId },
        { granted: true, cart_id: cartId, email: "someone@else.test" },
        { granted: true, cart_id: cartId, flow: "Cart Recovery" },
      ]
      for (const body of bad) {
        const response = await api.post("/store/touchpoints/email-consent", body, shop.headers).catch(failure)
        expect(response.status).toBe(400)
        expect(response.data.type).toBe("invalid_data")
      }
      const unknown = await api
        .post("/store/touchpoints/email-consent", { granted: true, cart_id: "cart_unknown" }, shop.headers)
        .catch(failure)
      expect(unknown.status).toBe(404)
      const anonymous = await api
        .post("/store/touchpoints/email-consent", { granted: true }, shop.headers)
        .catch(failure)
      expect(anonymous.status).toBe(401)

      await api
        .post("/store/touchpoints/email-consent", { granted: true, cart_id: cartId }, shop.headers)
        .catch(explain)
      const { consents } = (
        await api.get(`/store/touchpoints/email-consent?cart_id=${cartId}`, shop.headers).catch(explain)
      ).data
      expect(consents).toEqual([
        // a guest's opt-in for every flow is unverified: it waits for the address to confirm it (double opt-in)
        expect.objectContaining({ flow: "*", granted: true, source: "guest_cart_form", pending_confirmation: true }),
      ])

      // Anyone can type that address into a cart of their own: it shows only what was chosen through it.
      const strangersCart = await shop.abandonedCart({ email: "choice@example.test", consent: false })
      const seen = (await api.get(`/store/touchpoints/email-consent?cart_id=${strangersCart}`, shop.headers)).data
      expect(seen.consents).toEqual([])
    })
  },
})
