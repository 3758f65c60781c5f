import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { TestEventUtils } from "@medusajs/test-utils"
import { adminHeaders } from "../../helpers/admin"
import { explain, failure } from "../../helpers/http"
import { createOffersShop } from "../../helpers/offers-shop"
import { httpTestRunner } from "../../helpers/runner"
import { signedVisitorId } from "../../helpers/visitors"

jest.setTimeout(180_000)

const GUEST = "guest-third-visit-0001"
const NEWCOMER = "guest-first-visit-0002"

/** Segments over real visitor events, the best offer per shopper, applying it and refusing its code to others. */
httpTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let shop: Awaited<ReturnType<typeof createOffersShop>>
    let admin: { headers: Record<string, string> }

    const createSegment = async (body: Record<string, unknown>) =>
      (await api.post("/admin/segments", body, admin).catch(explain)).data.segment
    const createOffer = async (body: Record<string, unknown>) =>
      (await api.post("/admin/offers", body, admin).catch(explain)).data.offer
    const offersFor = (visitor: string, query = "") =>
      api.get(`/store/offers${query}`, shop.visitorHeaders(visitor)).catch(failure)

    /** The brief's first case: a third visit without buying earns 10 % off. */
    const thirdVisitOffer = async () => {
      const segment = await createSegment({
        name: "Third visit without buying",
        rule: { all: [{ field: "visits_without_order", op: "gte", value: 3 }] },
      })
      const offer = await createOffer({
        name: "Third visit 10 %",
        segment_ids: [segment.id],
        priority: 10,
        promotion: { code: "THIRDVISIT10", type: "percentage", value: 10 },
        content: { headline: "10 % off, just for you", text: "Welcome back!", cta_label: "Apply" },
      })
      return { segment, offer }
    }

    beforeEach(async () => {
      container = getContainer()
      shop = await createOffersShop(container, api)
      admin = await adminHeaders(container, api)
    })

    it("shows a guest the offer on the third visit, with its reason, and applies it to their cart", async () => {
      const { segment, offer } = await thirdVisitOffer()
      expect(offer).toMatchObject({ promotion: { code: "THIRDVISIT10", status: "active" }, unavailable_because: null })

      await shop.visit(GUEST, 2, { startMinutesAgo: 360 })
      expect((await offersFor(GUEST)).data).toEqual({ offer: null })

      await shop.visit(GUEST, 1, { startMinutesAgo: 0 })
      const shown = await offersFor(GUEST, "?placement=home")
      expect(shown.status).toBe(200)
      expect(shown.data.offer).toMatchObject({
        id: offer.id,
        headline: "10 % off, just for you",
        code: "THIRDVISIT10",
        discount: { type: "percentage", value: 10 },
        segment_id: segment.id,
        reason: "You have visited 3 times without buying yet",
      })

      // the signed id the store issued, sent as visitor_id instead of the header, names the same shopper
      const byQuery = await api
        .get(`/store/offers?placement=home&visitor_id=${signedVisitorId(container, GUEST)}`, shop.headers)
        .catch(failure)
      expect(byQuery.data.offer).toMatchObject({ id: offer.id, code: "THIRDVISIT10" })
      // the bare id, unsigned, is a claim anyone could make: refused, not someone's offer
      const unsigned = await api.get(`/store/offers?visitor_id=${GUEST}`, shop.headers).catch(failure)
      expect(unsigned.status).toBe(401)

      const event = await api.post(`/store/offers/${offer.id}/events`, { kind: "shown" }, shop.visitorHeaders(GUEST))
      expect(event.data).toEqual({ recorded: true })
      const again = await api.post(`/store/offers/${offer.id}/events`, { kind: "shown" }, shop.visitorHeaders(GUEST))
      expect(again.data).toEqual({ recorded: false })

      const cartId = await shop.cartOf(GUEST)
      const withCart = await offersFor(GUEST, `?cart_id=${cartId}`)
      expect(withCart.data.offer.worth).toBe(2)

      const applied = await api
        .post(`/store/carts/${cartId}/offers/${offer.id}`, {}, shop.visitorHeaders(GUEST))
        .catch(explain)
      expect(applied.data.cart.promotions.map((promotion: { code: string }) => promotion.code)).toEqual([
        "THIRDVISIT10",
      ])
      expect(applied.data.cart.discount_total).toBe(2)

      // the redemption is counted by an order.placed subscriber: wait for every subscriber to finish
      // the wait's clock starts before checkout (five store requests), so it gets room on a busy machine
      const subscribersDone = TestEventUtils.waitSubscribersExecution(
        "order.placed",
        container.resolve(Modules.EVENT_BUS),
        { timeout: 60_000 }
      )
      const order = await shop.completeCart(cartId)
      expect(order.total).toBe(20 - 2 + 5)
      await subscribersDone

      const stats = await api.get("/admin/offers/stats", admin).catch(explain)
      expect(stats.data.totals).toEqual({ shown: 1, clicked: 0, applied: 1, redeemed: 1 })
      expect(stats.data.stats[0]).toMatchObject({
        offer: { id: offer.id, name: "Third visit 10 %" },
        segment: { id: segment.id, name: "Third visit without buying" },
        apply_rate: 100,
        redeem_rate: 100,
      })
    })

    it("limits an offer on browser-reported facts to one order per email address and customer", async () => {
      const { offer } = await thirdVisitOffer()
      expect(offer.once_per_shopper).toBe(true) // new offers are limited unless the owner says otherwise

      await shop.visit(GUEST, 3)
      const first = await shop.cartOf(GUEST)
      await api.post(`/store/carts/${first}/offers/${offer.id}`, {}, shop.visitorHeaders(GUEST)).catch(explain)
      await shop.completeCart(first)

      // the same shopper farming the offer: a fresh visitor id earns its three visits, the same email checks out
      await shop.visit("farmed-visitor-000001", 3)
      const farmed = await shop.cartOf("farmed-visitor-000001")
      await api.post(`/store/carts/${farmed}`, { email: `${GUEST}@example.test` }, shop.headers).catch(explain)
      const again = await api
        .post(`/store/carts/${farmed}/offers/${offer.id}`, {}, shop.visitorHeaders("farmed-visitor-000001"))
        .catch(failure)
      expect(again.status).toBe(400)
      expect(again.data.message).toMatch(/once per shopper/)
      // typed as a code at checkout instead of through the offer route: refused at completion
      await api.post(`/store/carts/${farmed}`, { email: "someone-else@example.test" }, shop.headers).catch(explain)
      await api
        .post(`/store/carts/${farmed}/promotions`, { promo_codes: ["THIRDVISIT10"] }, shop.headers)
        .catch(explain)
      await api.post(`/store/carts/${farmed}`, { email: `${GUEST}@example.test` }, shop.headers).catch(explain)
      await expect(shop.completeCart(farmed)).rejects.toThrow(/once per shopper/)

      // another shopper (another email) still gets it
      const other = await shop.cartOf(NEWCOMER)
      await shop.visit(NEWCOMER, 3)
      const applied = await api
        .post(`/store/carts/${other}/offers/${offer.id}`, {}, shop.visitorHeaders(NEWCOMER))
        .catch(explain)
      expect(applied.data.cart.promotions.map((promotion: { code: string }) => promotion.code)).toEqual([
        "THIRDVISIT10",
      ])
    })

    it("refuses the code to a shopper outside the segment, when applied and again at checkout", async () => {
      const { segment, offer } = await thirdVisitOffer()
      await shop.visit(NEWCOMER, 1)
      const strangerCart = await shop.cartOf(NEWCOMER)

      const viaOffer = await api
        .post(`/store/carts/${strangerCart}/offers/${offer.id}`, {}, shop.visitorHeaders(NEWCOMER))
        .catch(failure)
      expect(viaOffer.status).toBe(400)
      expect(viaOffer.data).toMatchObject({ type: "not_allowed", message: expect.stringContaining(offer.id) })

      const viaCode = await api
        .post(`/store/carts/${strangerCart}/promotions`, { promo_codes: ["THIRDVISIT10"] }, shop.headers)
        .catch(failure)
      expect(viaCode.status).toBe(400)
      expect(viaCode.data.message).toContain("THIRDVISIT10 is an offer for selected shoppers")

      // a member applies it; then the owner narrows the segment: checkout refuses the code
      await shop.visit(GUEST, 3)
      const { data: empty } = await api
        .post("/store/carts", { region_id: shop.catalog.regionId }, shop.visitorHeaders(GUEST))
        .catch(explain)
      const nothing = await api
        .post(`/store/carts/${empty.cart.id}/offers/${offer.id}`, {}, shop.visitorHeaders(GUEST))
        .catch(failure)
      expect(nothing.status).toBe(409)
      expect(nothing.data).toMatchObject({
        type: "conflict",
        code: "offer_not_applicable",
        message: expect.stringContaining("gives nothing on this cart yet"),
      })
      const memberCart = await shop.cartOf(GUEST)
      await api.post(`/store/carts/${memberCart}/offers/${offer.id}`, {}, shop.visitorHeaders(GUEST)).catch(explain)
      const stats = await api.get("/admin/offers/stats", admin).catch(explain)
      expect(stats.data.totals.applied).toBe(1)
      await api
        .post(`/admin/segments/${segment.id}`, { rule: { field: "visits_without_order", op: "gte", value: 10 } }, admin)
        .catch(explain)
      await expect(shop.completeCart(memberCart)).rejects.toThrow(/does not qualify/)

      // another shopper's registered cart is not even visible
      const unknown = await api
        .post(`/store/carts/cart_missing/offers/${offer.id}`, {}, shop.visitorHeaders(GUEST))
        .catch(failure)
      expect(unknown.status).toBe(404)
    })

    it("picks the highest priority, then the greatest worth, skips an exhausted budget and lists the others", async () => {
      const segment = await createSegment({
        name: "Everyone who visited",
        rule: { field: "visits", op: "gte", value: 1 },
      })
      const make = (code: string, priority: number, value: number, usage_limit?: number) =>
        createOffer({
          name: code,
          segment_ids: [segment.id],
          priority,
          promotion: {
            code,
            type: "percentage",
            value,
            ...(usage_limit && { campaign: { usage_limit } }),
          },
          content: { headline: code },
        })
      const low = await make("LOWPRIO50", 1, 50)
      const small = await make("TIE5", 5, 5)
      const big = await make("TIE15", 5, 15, 1)
      await shop.visit(GUEST, 1)

      const first = await offersFor(GUEST, "?include_others=true")
      expect(first.data.offer.id).toBe(big.id)
      expect(first.data.others.map((other: { id: string }) => other.id)).toEqual([small.id, low.id])

      // the campaign budget of TIE15 is used up: the next best takes its place
      const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await pg.raw(
        `UPDATE promotion_campaign_budget SET used = 1, raw_used = '{"value": "1", "precision": 20}'
          WHERE campaign_id = (SELECT campaign_id FROM promotion WHERE code = 'TIE15')`
      )
      const service = container.resolve("touchpointsSegmentOffers") as { flushLists(): void }
      service.flushLists()
      const next = await offersFor(GUEST)
      expect(next.data.offer.id).toBe(small.id)
      const listed = await api.get(`/admin/offers/${big.id}`, admin).catch(explain)
      expect(listed.data.offer.unavailable_because).toBe("its campaign budget is used up")

      // equal priority and worth: the lower id wins, every time
      await api.post(`/admin/offers/${low.id}`, { priority: 5 }, admin).catch(explain)
      await api.post(`/admin/offers/${small.id}`, { status: "paused" }, admin).catch(explain)
      const tie = await make("TIE50B", 5, 50)
      const winner = [low.id, tie.id].sort()[0]
      expect((await offersFor(GUEST)).data.offer.id).toBe(winner)
    })

    it("tells first- and last-touch campaigns apart and explains a visitor's segments", async () => {
      const firstTouch = await createSegment({
        name: "Came from the newsletter",
        rule: { field: "first_utm_source", op: "eq", value: "Newsletter" },
      })
      const lastTouch = await createSegment({
        name: "Back from the newsletter",
        rule: { field: "last_utm_source", op: "eq", value: "newsletter" },
      })
      await shop.visit(GUEST, 2, { utm: [{ source: "newsletter", campaign: "spring" }, { source: "ads" }] })

      const explained = await api.get(`/admin/visitors/${GUEST}/segments`, admin).catch(explain)
      expect(explained.data.facts).toMatchObject({ first_utm_source: "newsletter", last_utm_source: "ads", visits: 2 })
      const byId = Object.fromEntries(
        explained.data.segments.map((segment: { id: string }) => [segment.id, segment])
      ) as Record<string, { matched: boolean; reasons: string[] }>
      expect(byId[firstTouch.id]).toMatchObject({
        matched: true,
        reasons: ["first_utm_source: newsletter (is Newsletter)"],
      })
      expect(byId[lastTouch.id]).toMatchObject({ matched: false, reasons: [] })

      const preview = await api.get(`/admin/segments/${firstTouch.id}/preview`, admin).catch(explain)
      expect(preview.data).toMatchObject({ members: 1, profiles: 1 })
      expect(preview.data.sample[0].reasons).toEqual(["first_utm_source: newsletter (is Newsletter)"])
      const live = await api
        .post("/admin/segments/preview", { rule: { any: [{ field: "visits", op: "gte", value: 5 }] } }, admin)
        .catch(explain)
      expect(live.data).toMatchObject({ members: 0, profiles: 1, sample: [] })
    })

    it("refuses an offer link that is not http(s) or a path on the shop (it becomes an href on shop pages)", async () => {
      const segment = await createSegment({ name: "Everyone", rule: { field: "visits", op: "gte", value: 0 } })
      const offerWith = (cta_url: string, index: number) =>
        api
          .post(
            "/admin/offers",
            {
              name: `Link ${index}`,
              segment_ids: [segment.id],
              promotion: { code: `LINK${index}`, type: "percentage", value: 5 },
              content: { headline: "5 % off", cta_label: "Shop", cta_url },
            },
            admin
          )
          .catch(failure)
      const refused = [
        "javascript:alert(document.cookie)",
        "data:text/html,<b>x</b>",
        "//evil.example",
        "/\\evil.example",
      ]
      for (const [index, link] of refused.entries()) {
        const answer = await offerWith(link, index)
        expect({ link, status: answer.status, type: answer.data.type }).toEqual({
          link,
          status: 400,
          type: "invalid_data",
        })
        expect(answer.data.message).toContain("cta_url")
      }
      expect((await offerWith("/sale", 10)).status).toBe(201)
      expect((await offerWith("https://shop.example/sale", 11)).status).toBe(201)
    })

    it("answers a clear 400 naming the path for a bad rule, and keeps nothing", async () => {
      const bad = async (rule: unknown) => {
        const response = await api.post("/admin/segments", { name: "Bad", rule }, admin).catch(failure)
        expect(response.status).toBe(400)
        expect(response.data.type).toBe("invalid_data")
        return response.data.message as string
      }
      expect(await bad({ all: [{ field: "visitz", op: "gte", value: 3 }] })).toContain(
        'rule.all.0.field: unknown field "visitz"'
      )
      expect(await bad({ field: "visits", op: "gte", value: "three" })).toContain("rule.value: must be a number")
      expect(await bad({ field: "visits", op: "includes_any", value: [1] })).toContain(
        "rule.op: visits is a number field: op must be one of"
      )
      expect(await bad({ field: "total_spent", op: "gte", value: 100 })).toContain(
        'rule.currency: total_spent needs a currency, e.g. "eur"'
      )
      expect(await bad({ any: [] })).toContain("rule.any: must be a list of 1-20 rules")
      expect(await bad({ not: { field: "has_account", op: "eq", value: "yes" } })).toContain(
        "rule.not.value: must be true or false"
      )
      const extra = await api
        .post("/admin/segments", { name: "x", rule: { field: "visits", op: "gte", value: 1 }, color: "red" }, admin)
        .catch(failure)
      expect(extra.status).toBe(400)
      expect((await api.get("/admin/segments", admin)).data.count).toBe(0)

      const fields = await api.get("/admin/segments/fields", admin).catch(explain)
      expect(fields.data.fields.find((field: { name: string }) => field.name === "total_spent")).toEqual({
        name: "total_spent",
        kind: "number",
        operators: ["eq", "neq", "gt", "gte", "lt", "lte", "between", "exists"],
        currency: "required",
        trust: "server",
      })
      const trust = Object.fromEntries(
        fields.data.fields.map((field: { name: string; trust: string }) => [field.name, field.trust])
      )
      // what a browser's events feed is labelled as such in the rule editor
      expect(trust).toMatchObject({ visits: "browser", last_utm_source: "browser", viewed_categories: "browser" })
      expect(trust).toMatchObject({ order_count: "server", customer_groups: "server", has_account: "server" })

      const noPromotion = await api
        .post("/admin/offers", { name: "x", segment_ids: ["tpseg_missing"], content: { headline: "x" } }, admin)
        .catch(failure)
      expect(noPromotion.status).toBe(400)
      expect(noPromotion.data.message).toContain("give promotion_id")
      const unknownSegment = await api
        .post(
          "/admin/offers",
          {
            name: "x",
            segment_ids: ["tpseg_missing"],
            promotion: { code: "NEVERMADE", type: "percentage", value: 5 },
            content: { headline: "x" },
          },
          admin
        )
        .catch(failure)
      expect(unknownSegment.status).toBe(400)
      expect(unknownSegment.data.message).toContain("Unknown segment_ids: tpseg_missing")
      const promotions = await api.get("/admin/promotions?code=NEVERMADE", admin).catch(explain)
      expect(promotions.data.promotions).toEqual([])
    })
  },
})
