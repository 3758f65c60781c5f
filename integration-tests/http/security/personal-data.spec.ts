import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { scanAbandonedCarts } from "@touchpoints/cart-recovery/lib/scan-abandoned-carts"
import { EMAIL_MODULE, type EmailModuleService } from "@touchpoints/core/modules/email"
import { sendDueSurveys } from "@touchpoints/feedback/lib/send-due-surveys"
import enforceRetentionJob from "../../../plugins/core/.medusa/server/src/jobs/enforce-retention"
import { explain, storeHeaders } from "../../helpers/http"
import { useMailCatcher } from "../../helpers/mail"
import { httpTestRunner } from "../../helpers/runner"
import {
  answeredSurvey,
  createMembersOffer,
  createShopWithCustomers,
  customerHeaders,
  trackVisit,
} from "../../helpers/shopper-data"
import { signedVisitorId } from "../../helpers/visitors"

jest.setTimeout(300_000)

useMailCatcher(25_301)

type Headers = { headers: Record<string, string> }
type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }

const ADA = "ada@example.test"
const GUS = "gus@example.test"
const BOB = "bob@example.test"
const CAROL = "carol@example.test"

/** The plugins whose part every export of a shopper with data everywhere must show. */
const PARTS = ["core", "wishlist", "cart-recovery", "feedback", "segment-offers"]

httpTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let pg: Knex
    let admin: Headers
    let key: string
    const ids = {} as Record<"ada" | "bob" | "carol", string>
    const tokens = {} as Record<"ada" | "bob" | "carol", string>

    /** Every `tp_%` table row whose text (all its columns, json included) contains `needle`, case-insensitive. */
    const scan = async (needle: string) => {
      const { rows: tables } = await pg.raw(
        `SELECT table_name FROM information_schema.tables
          WHERE table_schema = current_schema() AND table_name LIKE 'tp\\_%' AND table_type = 'BASE TABLE'`
      )
      const found: string[] = []
      for (const { table_name } of tables as { table_name: string }[]) {
        const { rows } = await pg.raw(`SELECT t::text AS row FROM "${table_name}" t WHERE t::text ILIKE ?`, [
          `%${needle}%`,
        ])
        for (const row of rows) found.push(`${table_name}: ${row.row}`)
      }
      return found
    }

    /** Medusa's own records of delivered messages (the notification module's table) that name `needle`. */
    const notificationsNaming = async (needle: string) =>
      (await pg.raw("SELECT id FROM notification n WHERE n::text ILIKE ?", [`%${needle}%`])).rows

    beforeAll(async () => {
      container = getContainer()
      pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Knex
      const names = ["ada", "bob", "carol"] as const
      const made = await createShopWithCustomers(container, api, [ADA, BOB, CAROL])
      const { shop } = made
      key = shop.key
      admin = made.admin
      names.forEach((name, index) => {
        ids[name] = made.customers[index].customerId
        tokens[name] = made.customers[index].token
      })
      const { segmentId, offerId } = await createMembersOffer(api, admin)

      /** A customer with data in every plugin, as the authorization spec makes it. */
      const fillCustomer = async (name: "ada" | "bob" | "carol", email: string) => {
        const as = customerHeaders(shop.key, {
          token: tokens[name],
          visitor: signedVisitorId(container, `${name}-visitor-000000001`),
        })
        const post = async (url: string, body: Record<string, unknown>) =>
          (await api.post(url, body, as).catch(explain)).data
        await trackVisit(api, as, `/?who=${email}`)
        const saved = await post("/store/wishlists/default/items", {
          variant_id: shop.catalog.variants.tea,
          note: `${name}-note`,
        })
        const { cart } = await post("/store/carts", { region_id: shop.catalog.regionId, email })
        await post(`/store/carts/${cart.id}/line-items`, { variant_id: shop.catalog.variants.tea, quantity: 2 })
        await post("/store/touchpoints/email-consent", { cart_id: cart.id, flow: "cart-recovery", granted: true })
        await post(`/store/carts/${cart.id}/offers/${offerId}`, {})
        await shop.idleFor(cart.id, 2)
        await answeredSurvey(api, shop, as, {
          email,
          customerToken: tokens[name],
          answer: { nps_score: 3, comment: `${name} says the tea was cold` },
        })
        // rows only a background flow writes (a segment refresh, a price drop), written as those flows would (the
        // offer route may have recorded the membership already)
        await pg.raw(
          `INSERT INTO tp_offer_segment_member (id, segment_id, customer_id, entered_at) VALUES (?, ?, ?, now()) ON CONFLICT DO NOTHING`,
          [`tpsm_${name}`, segmentId, ids[name]]
        )
        await pg.raw(
          `INSERT INTO tp_wishlist_alert (id, customer_id, item_id, variant_id, kind, status)
           VALUES (?, ?, ?, ?, 'price_dropped', 'pending')`,
          [`wlal_${name}`, ids[name], saved.item.id, shop.catalog.variants.tea]
        )
      }
      await fillCustomer("ada", ADA)
      await fillCustomer("bob", BOB)
      await fillCustomer("carol", CAROL)

      // a guest: an abandoned cart that gets a reminder, an order with a survey email, an owner-recorded opt-out
      const guestCart = await shop.abandonedCart({ email: "Gus@Example.test" })
      await shop.idleFor(guestCart, 2)
      await scanAbandonedCarts(container)
      // the reminder went days ago, so the frequency cap lets the survey email through
      await shop.idleFor(guestCart, 24 * 8)
      const guestOrder = await shop.placeOrder({ email: GUS })
      await shop.fulfill(guestOrder)
      await shop.daysSinceShipping(guestOrder, 8)
      await sendDueSurveys(container)
      await api.post("/admin/touchpoints/consent", { email: GUS, flow: "feedback", granted: false }, admin)
    })

    describe("GET /admin/touchpoints/personal-data", () => {
      it("should export every plugin's part of a customer and of a guest address", async () => {
        const { data } = await api.get(`/admin/touchpoints/personal-data?customer_id=${ids.ada}`, admin)
        const parts = data.personal_data.plugins
        expect(Object.keys(parts).sort()).toEqual([...PARTS].sort())
        expect(parts.core.profiles).toHaveLength(1)
        expect(parts.core.consent_changes.length).toBeGreaterThan(0)
        expect(parts.wishlist.items[0]).toMatchObject({ note: "ada-note" })
        expect(parts.wishlist.alerts).toHaveLength(1)
        expect(parts["cart-recovery"].reminders.length).toBeGreaterThan(0)
        expect(parts.feedback.surveys[0]).toMatchObject({ comment: "ada says the tea was cold" })
        expect(parts.feedback.alerts).toHaveLength(1)
        expect(parts["segment-offers"].segment_members).toHaveLength(1)
        expect(parts["segment-offers"].offer_carts).toHaveLength(1)
        const text = JSON.stringify(data)
        for (const other of [BOB, CAROL, GUS, ids.bob]) expect(text).not.toContain(other)

        const guest = (await api.get(`/admin/touchpoints/personal-data?email=GUS@example.test`, admin)).data
        const guestParts = guest.personal_data.plugins
        expect(guestParts.core.notifications).toHaveLength(2)
        expect(await notificationsNaming(GUS)).toHaveLength(2)
        expect(guestParts.core.sends.map((send: { flow: string }) => send.flow).sort()).toEqual([
          "cart-recovery",
          "feedback",
        ])
        // the abandoned cart and the cart of the order
        expect(guestParts["cart-recovery"].carts).toHaveLength(2)
        expect(guestParts.feedback.surveys).toHaveLength(1)
      })

      it("should refuse a request naming nobody, both, or an unknown customer (400, 400, 404)", async () => {
        const status = (url: string) =>
          api.get(url, admin).then(
            (answer: { status: number }) => answer.status,
            (error: { response: { status: number } }) => error.response.status
          )
        expect(await status("/admin/touchpoints/personal-data")).toBe(400)
        expect(await status(`/admin/touchpoints/personal-data?customer_id=${ids.ada}&email=${ADA}`)).toBe(400)
        expect(await status("/admin/touchpoints/personal-data?customer_id=cus_nobody")).toBe(404)
      })
    })

    describe("POST /admin/touchpoints/personal-data/erase", () => {
      it("should leave no trace of a customer's address or id in any tp_ table, and not touch another shopper", async () => {
        const bobBefore = [...(await scan(BOB)), ...(await scan(ids.bob))].sort()
        expect(await scan(ADA)).not.toEqual([])
        const { data } = await api.post("/admin/touchpoints/personal-data/erase", { customer_id: ids.ada }, admin)
        expect(Object.keys(data.erased).sort()).toEqual([...PARTS].sort())
        expect(data.erased.wishlist).toMatchObject({ lists: 1, items: 1, alerts: 1 })
        expect(data.erased.feedback).toMatchObject({ surveys: 1, alerts: 1 })
        expect(data.erased["segment-offers"]).toMatchObject({ segment_members: 1, offer_carts: 1 })
        expect(data.erased.core.profiles).toBe(1)

        expect(await scan(ADA)).toEqual([])
        expect(await scan(ids.ada)).toEqual([])
        expect(await scan("ada-visitor-000000001")).toEqual([])
        expect([...(await scan(BOB)), ...(await scan(ids.bob))].sort()).toEqual(bobBefore)

        // idempotent: a second run erases nothing more
        const again = await api.post("/admin/touchpoints/personal-data/erase", { customer_id: ids.ada }, admin)
        for (const part of Object.values(again.data.erased) as Record<string, number>[]) {
          for (const [kind, count] of Object.entries(part)) expect([kind, count]).toEqual([kind, 0])
        }
      })

      it("should erase a guest address but keep its opt-out, hashed, which still blocks the flow", async () => {
        // two erasures at once (two admins, or a retry next to the first): one does the work, nothing breaks
        const [first, second] = await Promise.all(
          [GUS, "gus@EXAMPLE.test"].map((email) => api.post("/admin/touchpoints/personal-data/erase", { email }, admin))
        )
        // each record is erased by exactly one of them
        const total = (plugin: string, kind: string) =>
          first.data.erased[plugin][kind] + second.data.erased[plugin][kind]
        expect(total("core", "kept_opt_outs")).toBe(1)
        expect(total("core", "sends")).toBe(2)
        expect(total("cart-recovery", "carts")).toBe(2)
        expect(total("cart-recovery", "reminders")).toBe(1)
        expect(total("feedback", "surveys")).toBe(1)
        expect(await scan(GUS)).toEqual([])
        // Medusa's notification rows: one per attempt (a failed delivery retried adds one), so at least the two sends
        expect(total("core", "notifications")).toBeGreaterThanOrEqual(2)
        expect(await notificationsNaming(GUS)).toEqual([])
        const kept = (
          await pg.raw(
            "SELECT address, flow, granted, proof, customer_id, cart_id FROM tp_email_consent_entry WHERE address LIKE 'sha256:%'"
          )
        ).rows
        expect(kept).toEqual([
          expect.objectContaining({
            flow: "feedback",
            granted: false,
            proof: "erased",
            customer_id: null,
            cart_id: null,
          }),
        ])
        const consent = (await api.get(`/admin/touchpoints/consent?email=${GUS}`, admin)).data
        expect(JSON.stringify(consent)).toContain('"granted":false')
        // the send gate reads the hashed opt-out: a feedback email to the address stays blocked, whatever its case
        const email = container.resolve<EmailModuleService>(EMAIL_MODULE)
        const gate = { flow: "feedback", marketing: true, requiresConsent: true }
        expect(await email.blockReason({ ...gate, recipient: "GUS@example.test" })).toBe("unsubscribed")
        // and another flow is not opted out, only without consent (the opt-in was erased)
        expect(await email.blockReason({ ...gate, flow: "cart-recovery", recipient: GUS })).toBe("no_consent")
      })

      it("should refuse an unknown field or neither subject with a 400", async () => {
        const status = (body: Record<string, unknown>) =>
          api.post("/admin/touchpoints/personal-data/erase", body, admin).then(
            (answer: { status: number }) => answer.status,
            (error: { response: { status: number } }) => error.response.status
          )
        expect(await status({})).toBe(400)
        expect(await status({ email: ADA, extra: 1 })).toBe(400)
        expect(await status({ email: "not-an-address" })).toBe(400)
      })
    })

    describe("customer.deleted", () => {
      it("should erase a deleted customer's Touchpoints data", async () => {
        expect(await scan(CAROL)).not.toEqual([])
        await api.delete(`/admin/customers/${ids.carol}`, admin).catch(explain)
        const deadline = Date.now() + 30_000
        while ((await scan(ids.carol)).length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250))
        expect(await scan(ids.carol)).toEqual([])
        expect(await scan(CAROL)).toEqual([])
        expect(await scan(BOB)).not.toEqual([])
      })
    })

    describe("GET /store/touchpoints/personal-data", () => {
      it("should answer 401 without a login and the caller's own data with one", async () => {
        const anonymous = await api.get("/store/touchpoints/personal-data", storeHeaders(key)).then(
          (answer: { status: number }) => answer.status,
          (error: { response: { status: number } }) => error.response.status
        )
        expect(anonymous).toBe(401)
        const { data } = await api.get(
          "/store/touchpoints/personal-data",
          storeHeaders(key, { authorization: `Bearer ${tokens.bob}` })
        )
        expect(data.personal_data.plugins.wishlist.items[0]).toMatchObject({ note: "bob-note" })
        expect(data.personal_data.plugins.feedback.surveys).toHaveLength(1)
        const text = JSON.stringify(data)
        for (const other of [ADA, GUS, CAROL, ids.ada, "ada-note"]) expect(text).not.toContain(other)
      })
    })

    describe("touchpoints-core-enforce-retention-job job", () => {
      it("should clear old email bodies and survey comments and delete inactive anonymous profiles, and nothing else", async () => {
        const old = new Date(Date.now() - 800 * 86_400_000)
        await pg.raw("UPDATE tp_email_send SET created_at = ? WHERE recipient = ?", [old, GUS])
        await pg.raw("UPDATE tp_fb_survey SET answered_at = ? WHERE customer_id = ?", [old, ids.bob])
        await pg.raw("UPDATE tp_visitor_profile SET last_seen_at = ? WHERE customer_id = ?", [old, ids.bob])
        for (const [name, seen] of [
          ["gone", old],
          ["kept", new Date()],
        ] as const) {
          await pg.raw(
            "INSERT INTO tp_visitor_profile (id, last_seen_at, created_at, updated_at) VALUES (?, ?, ?, now())",
            [`tpvp_${name}`, seen, seen]
          )
          await pg.raw("INSERT INTO tp_visitor_identity (id, anonymous_id, profile_id) VALUES (?, ?, ?)", [
            `tpvi_${name}`,
            `visitor-${name}`,
            `tpvp_${name}`,
          ])
          await pg.raw(
            "INSERT INTO tp_visitor_event (id, profile_id, anonymous_id, type, occurred_at) VALUES (?, ?, ?, 'page_view', now())",
            [`tpve_${name}`, `tpvp_${name}`, `visitor-${name}`]
          )
        }

        await enforceRetentionJob(container)

        const sends = (await pg.raw("SELECT html, body_text, status FROM tp_email_send WHERE recipient = ?", [GUS]))
          .rows
        expect(sends.map((send) => send.status)).toEqual(["sent", "sent"])
        // the rows stay (idempotency keys, the frequency cap); only the messages go
        for (const send of sends.filter((row) => row.status === "sent"))
          expect(send).toMatchObject({ html: "", body_text: "" })
        const survey = (await pg.raw("SELECT comment, nps_score FROM tp_fb_survey WHERE customer_id = ?", [ids.bob]))
          .rows
        expect(survey).toEqual([{ comment: null, nps_score: 3 }])
        expect((await pg.raw("SELECT comment FROM tp_fb_alert WHERE customer_id = ?", [ids.bob])).rows).toEqual([
          { comment: null },
        ])
        // Ada's survey was answered today: her comment stays
        expect((await pg.raw("SELECT comment FROM tp_fb_survey WHERE customer_id = ?", [ids.ada])).rows).toEqual([
          { comment: "ada says the tea was cold" },
        ])
        const profiles = (await pg.raw("SELECT id FROM tp_visitor_profile WHERE id IN ('tpvp_gone', 'tpvp_kept')")).rows
        expect(profiles).toEqual([{ id: "tpvp_kept" }])
        expect(await scan("visitor-gone")).toEqual([])
        // a customer's profile is theirs until erased, however old
        expect((await pg.raw("SELECT id FROM tp_visitor_profile WHERE customer_id = ?", [ids.bob])).rows).toHaveLength(
          1
        )

        // a second run (or a second worker) finds nothing left to do
        await enforceRetentionJob(container)
        expect((await pg.raw("SELECT count(*)::int AS n FROM tp_visitor_profile WHERE id = 'tpvp_kept'")).rows).toEqual(
          [{ n: 1 }]
        )
      })
    })
  },
})
