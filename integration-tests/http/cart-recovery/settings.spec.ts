import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { scanAbandonedCarts } from "@touchpoints/cart-recovery/lib/scan-abandoned-carts"
import { replaceCartRecoverySettingsStep } from "@touchpoints/cart-recovery/workflows"
import { adminHeaders } from "../../helpers/admin"
import { createCartRecoveryShop } from "../../helpers/cart-recovery-shop"
import { explain, failure } from "../../helpers/http"
import { useMailCatcher } from "../../helpers/mail"
import { httpTestRunner } from "../../helpers/runner"

jest.setTimeout(240_000)

const mail = useMailCatcher(25_277)

const SETTINGS = "/admin/cart-recovery/settings"

/** A valid owner sequence: a quicker first reminder than the options' 1 h, and 20% off in the second. */
const OWNER_SEQUENCE = {
  steps: [
    { delay_hours: 0.5, incentive_percent: null },
    { delay_hours: 3, incentive_percent: 20 },
  ],
  require_consent: true,
  max_cart_age_days: 7,
  recovery_url: "https://shop.example/cart?recover={token}",
}

/** The options of medusa-config.ts under test: 1 h, 24 h, 72 h with 10% off in the last. */
const OPTION_STEPS = [
  { step: 1, delay_hours: 1, incentive_percent: null },
  { step: 2, delay_hours: 24, incentive_percent: null },
  { step: 3, delay_hours: 72, incentive_percent: 10 },
]

const step = (delay_hours: number, incentive_percent: number | null = null) => ({ delay_hours, incentive_percent })

/** Bodies the API must refuse, with the field its 400 must name. */
const BAD_BODIES: [string, Record<string, unknown>, string][] = [
  ["no steps", { ...OWNER_SEQUENCE, steps: [] }, "steps"],
  ["six steps", { ...OWNER_SEQUENCE, steps: [1, 2, 3, 4, 5, 6].map((hours) => step(hours)) }, "steps"],
  ["a zero delay", { ...OWNER_SEQUENCE, steps: [step(0)] }, "steps.0.delay_hours"],
  ["a negative delay", { ...OWNER_SEQUENCE, steps: [step(-2)] }, "steps.0.delay_hours"],
  ["delays not ascending", { ...OWNER_SEQUENCE, steps: [step(5), step(5)] }, "steps.1.delay_hours"],
  [
    "a delay as text",
    { ...OWNER_SEQUENCE, steps: [step(1), { delay_hours: "24", incentive_percent: null }] },
    "steps.1.delay_hours",
  ],
  [
    "a delay past the cart age",
    { ...OWNER_SEQUENCE, max_cart_age_days: 1, steps: [step(1), step(30)] },
    "steps.1.delay_hours",
  ],
  ["a zero incentive", { ...OWNER_SEQUENCE, steps: [step(1), step(24, 0)] }, "steps.1.incentive_percent"],
  ["an incentive over 100", { ...OWNER_SEQUENCE, steps: [step(1), step(24, 101)] }, "steps.1.incentive_percent"],
  ["an incentive in the first step", { ...OWNER_SEQUENCE, steps: [step(1, 10)] }, "steps.0.incentive_percent"],
  ["an unknown step field", { ...OWNER_SEQUENCE, steps: [{ ...step(1), subject: "Hi" }] }, "steps.0.subject"],
  ["an unknown field", { ...OWNER_SEQUENCE, secret: "x".repeat(20) }, "secret"],
  ["consent as text", { ...OWNER_SEQUENCE, require_consent: "yes" }, "require_consent"],
  ["a fractional cart age", { ...OWNER_SEQUENCE, max_cart_age_days: 2.5 }, "max_cart_age_days"],
  ["a cart age over 90 days", { ...OWNER_SEQUENCE, max_cart_age_days: 91 }, "max_cart_age_days"],
  ["a URL that is no URL", { ...OWNER_SEQUENCE, recovery_url: "cart?recover={token}" }, "recovery_url"],
  ["a javascript: URL", { ...OWNER_SEQUENCE, recovery_url: "javascript:alert('{token}')" }, "recovery_url"],
  ["a URL without {token}", { ...OWNER_SEQUENCE, recovery_url: "https://shop.example/cart" }, "recovery_url"],
  ["a missing field", { steps: OWNER_SEQUENCE.steps, require_consent: true, max_cart_age_days: 7 }, "recovery_url"],
]

/** The owner's cart-reminder settings: saved over the plugin options, read back, reset, and used by the scan. */
httpTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let admin: Awaited<ReturnType<typeof adminHeaders>>

    beforeEach(async () => {
      container = getContainer()
      admin = await adminHeaders(container, api)
      await api.delete(SETTINGS, admin).catch(explain)
    })

    const current = async () => (await api.get(SETTINGS, admin).catch(explain)).data.settings
    const storedRows = async () =>
      (
        await container
          .resolve(ContainerRegistrationKeys.PG_CONNECTION)
          .raw("SELECT * FROM tp_cr_settings WHERE deleted_at IS NULL")
      ).rows as unknown[]

    describe("POST /admin/cart-recovery/settings", () => {
      it("should save the sequence over the options, read it back, and reset to the options with DELETE", async () => {
        expect(await current()).toEqual({
          source: "options",
          steps: OPTION_STEPS,
          require_consent: true,
          max_cart_age_days: 14,
          recovery_url: expect.stringContaining("{token}"),
        })

        const saved = (await api.post(SETTINGS, OWNER_SEQUENCE, admin).catch(explain)).data.settings
        const expected = {
          source: "owner",
          steps: [
            { step: 1, delay_hours: 0.5, incentive_percent: null },
            { step: 2, delay_hours: 3, incentive_percent: 20 },
          ],
          require_consent: true,
          max_cart_age_days: 7,
          recovery_url: OWNER_SEQUENCE.recovery_url,
        }
        expect(saved).toEqual(expected)
        expect(await current()).toEqual(expected)
        // an incentive may be left out (none); a second save replaces the first
        await api
          .post(SETTINGS, { ...OWNER_SEQUENCE, require_consent: false, steps: [{ delay_hours: 2 }] }, admin)
          .catch(explain)
        expect(await current()).toMatchObject({
          source: "owner",
          require_consent: false,
          steps: [{ step: 1, delay_hours: 2, incentive_percent: null }],
        })
        expect(await storedRows()).toHaveLength(1)

        const reset = (await api.delete(SETTINGS, admin).catch(explain)).data.settings
        expect(reset).toMatchObject({ source: "options", steps: OPTION_STEPS, max_cart_age_days: 14 })
        expect(await current()).toEqual(reset)
        expect(await storedRows()).toHaveLength(0)
      })

      it("should answer 400 naming the field for every bad body, and write nothing", async () => {
        await api.post(SETTINGS, OWNER_SEQUENCE, admin).catch(explain)
        const before = await current()
        for (const [name, body, field] of BAD_BODIES) {
          const response = await api.post(SETTINGS, body, admin).catch(failure)
          expect([name, response.status, response.data.type]).toEqual([name, 400, "invalid_data"])
          expect([name, response.data.message]).toEqual([name, expect.stringContaining(field)])
        }
        expect(await current()).toEqual(before)
        expect(await storedRows()).toHaveLength(1)
      })

      it("should answer 401 without an admin", async () => {
        expect((await api.get(SETTINGS).catch(failure)).status).toBe(401)
        expect((await api.post(SETTINGS, OWNER_SEQUENCE).catch(failure)).status).toBe(401)
        expect((await api.delete(SETTINGS).catch(failure)).status).toBe(401)
        expect((await current()).source).toBe("options")
      })

      it("should put the previous settings back when a later step fails (compensation)", async () => {
        await api.post(SETTINGS, OWNER_SEQUENCE, admin).catch(explain)
        const before = await current()
        const fail = createStep("test-fail-after-cart-recovery-settings", async () => {
          throw new Error("injected failure")
        })
        const workflow = createWorkflow("test-save-cart-recovery-settings-then-fail", (input: { settings: null }) => {
          const saved = replaceCartRecoverySettingsStep(input)
          fail()
          return new WorkflowResponse(saved)
        })
        const { errors } = await workflow(container).run({ input: { settings: null }, throwOnError: false })
        expect(errors.map((error) => error.error.message)).toEqual(["injected failure"])
        expect(await current()).toEqual(before)
        expect(await storedRows()).toHaveLength(1)
      })
    })

    describe("the reminder scan and the preview under the saved sequence", () => {
      let shop: Awaited<ReturnType<typeof createCartRecoveryShop>>

      beforeEach(async () => {
        shop = await createCartRecoveryShop(container, api)
      })

      it("should send the saved first reminder before the options' first delay, and the saved incentive", async () => {
        const cartId = await shop.abandonedCart({ email: "quick@example.test" })
        await shop.idleFor(cartId, 0.75)
        // under the options (1 h) nothing is due yet
        expect((await scanAbandonedCarts(container)).due).toBe(0)

        await api.post(SETTINGS, OWNER_SEQUENCE, admin).catch(explain)
        expect((await scanAbandonedCarts(container)).outcomes).toEqual({ sent: 1 })
        const [first] = await mail.catcher().waitForMessages(1)
        expect(first.subject).toBe("You left something in your cart")
        expect(first.text).toContain("https://shop.example/cart?recover=")

        // past the saved 3 h (and the core's daily frequency cap): the saved second reminder with the saved 20%,
        // where the options' second reminder (24 h) has no incentive
        await shop.idleFor(cartId, 26)
        expect((await scanAbandonedCarts(container)).outcomes).toEqual({ sent: 1 })
        const [, second] = await mail.catcher().waitForMessages(2)
        expect(second.subject).toBe("20% off the items in your cart")
        const code = /COMEBACK-[2-9A-Z]{10}/.exec(second.text)?.[0] as string
        const applied = (
          await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: [code] }, shop.headers).catch(explain)
        ).data.cart
        expect(Number(applied.discount_total)).toBeCloseTo(4, 5) // 20% of 2 x €10
      })

      it("should stop a cart past the last step when the owner shortens the sequence, and go on when it grows", async () => {
        const cartId = await shop.abandonedCart({ email: "midway@example.test" })
        await shop.idleFor(cartId, 2)
        expect((await scanAbandonedCarts(container)).outcomes).toEqual({ sent: 1 })
        await shop.idleFor(cartId, 25)
        expect((await scanAbandonedCarts(container)).outcomes).toEqual({ sent: 1 })
        await mail.catcher().waitForMessages(2)

        // two reminders sent; the owner now keeps only two: the options' third (72 h, 10% off) never goes out
        const twoSteps = { ...OWNER_SEQUENCE, max_cart_age_days: 14, steps: [step(1), step(24)] }
        await api.post(SETTINGS, twoSteps, admin).catch(explain)
        await shop.idleFor(cartId, 80)
        expect((await scanAbandonedCarts(container)).outcomes).toEqual({ not_due: 1 })

        // a third step added later: the cart gets it once its delay (from the last activity) has passed
        await api.post(SETTINGS, { ...twoSteps, steps: [step(1), step(24), step(96, 15)] }, admin).catch(explain)
        expect((await scanAbandonedCarts(container)).outcomes).toEqual({ not_due: 1 })
        await shop.idleFor(cartId, 100)
        expect((await scanAbandonedCarts(container)).outcomes).toEqual({ sent: 1 })
        const messages = await mail.catcher().waitForMessages(3)
        expect(messages[2].subject).toBe("15% off the items in your cart")
        const [record] = (await shop.pg.raw("SELECT reminders_sent FROM tp_cr_cart WHERE cart_id = ?", [cartId])).rows
        expect(record.reminders_sent).toBe(3)
      })

      it("should preview the saved sequence's steps and incentives", async () => {
        const preview = (n: number) => api.get(`/admin/cart-recovery/preview?step=${n}`, admin)
        await api.post(SETTINGS, { ...OWNER_SEQUENCE, steps: [step(1), step(5, 15)] }, admin).catch(explain)
        const second = (await preview(2).catch(explain)).data
        expect(second.subject).toBe("15% off the items in your cart")
        expect(second.html).toContain("SAMPLE-CODE")
        expect(second.text).toContain("https://shop.example/cart?recover=sample-token")
        const beyond = await preview(3).catch(failure)
        expect([beyond.status, beyond.data.message]).toEqual([400, "step must be 1-2"])

        await api.delete(SETTINGS, admin).catch(explain)
        expect((await preview(2).catch(explain)).data.html).not.toContain("SAMPLE-CODE")
        expect((await preview(3).catch(explain)).data.subject).toBe("10% off the items in your cart")
      })
    })
  },
})
