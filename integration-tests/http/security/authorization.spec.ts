import type { MedusaContainer } from "@medusajs/framework/types"
import { signRecoveryToken } from "@touchpoints/cart-recovery/lib/recovery-token"
import { explain, storeHeaders } from "../../helpers/http"
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

type Headers = { headers: Record<string, string> }
type Answer = { status: number; data: unknown }
type Caller = "shopper B" | "guest" | "anonymous"

/** Everything shopper A owns, made once in beforeAll (the runner snapshots it and restores it before each test). */
type Owned = {
  email: string
  visitor: string
  defaultList: string
  item: string
  privateList: string
  sharedList: string
  shareToken: string
  revokedShareToken: string
  cart: string
  line: string
  offer: string
  order: string
  surveyToken: string
  /** A product of the shop (the bundle route names one). */
  product: string
}

/** One attempt on A's data: the method, URL and body for a caller, and the statuses the route's contract allows. */
type Attempt = {
  route: string
  method: "get" | "post" | "delete"
  url: (a: Owned) => string
  body?: (a: Owned) => Record<string, unknown>
  refused: number[]
  /** Callers this row does not apply to, with why (e.g. a route that needs a logged-in customer). */
  only?: Caller[]
  /** Headers added to the caller's own (e.g. A's visitor id in `x-touchpoints-visitor`). */
  headers?: (a: Owned) => Record<string, string>
  /**
   * A 2xx is allowed only as a write to a fresh visitor id of the caller's own (`visitor_rotated`): a visitor
   * route never writes to A's customer-linked profile without A's session.
   */
  rotates?: boolean
}

/** What of A's must never appear in an answer to someone else (ids the caller sent may be echoed in a 404). */
const A_MARKERS = (a: Owned) => [a.email, "Ada private", "Ada shared", "ada-note", "Lovely tea"]

/** Every store route that reads or changes a shopper's data, aimed at shopper A's ids. */
const ATTEMPTS: Attempt[] = [
  { route: "GET /store/wishlists/:id", method: "get", url: (a) => `/store/wishlists/${a.privateList}`, refused: [404] },
  {
    route: "POST /store/wishlists/:id (rename)",
    method: "post",
    url: (a) => `/store/wishlists/${a.privateList}`,
    body: () => ({ name: "Hijacked" }),
    refused: [404],
  },
  {
    route: "DELETE /store/wishlists/:id",
    method: "delete",
    url: (a) => `/store/wishlists/${a.privateList}`,
    refused: [404],
  },
  {
    route: "POST /store/wishlists/:id/items",
    method: "post",
    url: (a) => `/store/wishlists/${a.privateList}/items`,
    body: () => ({}),
    refused: [400, 404],
  },
  {
    route: "POST /store/wishlists/:id/items/:item_id",
    method: "post",
    url: (a) => `/store/wishlists/${a.defaultList}/items/${a.item}`,
    body: () => ({ quantity: 9 }),
    refused: [404],
  },
  {
    route: "DELETE /store/wishlists/:id/items/:item_id",
    method: "delete",
    url: (a) => `/store/wishlists/${a.defaultList}/items/${a.item}`,
    refused: [404],
  },
  {
    route: "POST /store/wishlists/:id/items/:item_id/move-to-cart",
    method: "post",
    url: (a) => `/store/wishlists/${a.defaultList}/items/${a.item}/move-to-cart`,
    body: (a) => ({ cart_id: a.cart }),
    refused: [404],
  },
  {
    route: "POST /store/wishlists/:id/share",
    method: "post",
    url: (a) => `/store/wishlists/${a.privateList}/share`,
    body: () => ({}),
    refused: [404],
  },
  {
    route: "DELETE /store/wishlists/:id/share",
    method: "delete",
    url: (a) => `/store/wishlists/${a.sharedList}/share`,
    refused: [404],
  },
  {
    route: "GET /store/shared-wishlists/:token (unshared)",
    method: "get",
    url: (a) => `/store/shared-wishlists/${a.revokedShareToken}`,
    refused: [404],
  },
  {
    route: "POST /store/carts/:id/line-items/:line_id/save-for-later",
    method: "post",
    url: (a) => `/store/carts/${a.cart}/line-items/${a.line}/save-for-later`,
    body: () => ({}),
    refused: [404],
  },
  {
    route: "POST /store/carts/:id/offers/:offer_id",
    method: "post",
    url: (a) => `/store/carts/${a.cart}/offers/${a.offer}`,
    body: () => ({}),
    refused: [400, 404],
  },
  {
    route: "GET /store/offers?cart_id",
    method: "get",
    url: (a) => `/store/offers?cart_id=${a.cart}`,
    refused: [400, 404],
  },
  {
    route: "POST /store/offers/:id/events (cart_id)",
    method: "post",
    url: (a) => `/store/offers/${a.offer}/events`,
    body: (a) => ({ kind: "clicked", cart_id: a.cart }),
    refused: [400, 404],
  },
  {
    route: "GET /store/carts/:id/also-bought",
    method: "get",
    url: (a) => `/store/carts/${a.cart}/also-bought`,
    refused: [404],
  },
  {
    route: "POST /store/carts/:id/bundles",
    method: "post",
    url: (a) => `/store/carts/${a.cart}/bundles`,
    body: (a) => ({ product_id: a.product }),
    refused: [404],
  },
  {
    route: "GET /store/touchpoints/email-consent?cart_id",
    method: "get",
    url: (a) => `/store/touchpoints/email-consent?cart_id=${a.cart}`,
    refused: [404],
  },
  {
    route: "POST /store/touchpoints/email-consent (cart_id)",
    method: "post",
    url: () => "/store/touchpoints/email-consent",
    body: (a) => ({ cart_id: a.cart, flow: "cart-recovery", granted: false }),
    refused: [404],
  },
  {
    route: "POST /store/touchpoints/events (A's visitor id)",
    method: "post",
    url: () => "/store/touchpoints/events",
    body: (a) => ({ visitor_id: a.visitor, events: [{ type: "page_view", url: "/", utm: { source: "attacker" } }] }),
    refused: [202, 400],
    rotates: true,
  },
  {
    route: "POST /store/touchpoints/consent (A's visitor id: withdrawing erases analytics)",
    method: "post",
    url: () => "/store/touchpoints/consent",
    body: (a) => ({ visitor_id: a.visitor, analytics: false }),
    refused: [200, 400],
    rotates: true,
  },
  {
    route: "any authenticated store request with A's visitor id (the visitor-linking middleware)",
    method: "get",
    url: () => "/store/customers/me",
    headers: (a) => ({ "x-touchpoints-visitor": a.visitor }),
    // B's own account answers; guests are refused; either way A's profile stays A's
    refused: [200, 400, 401],
  },
  {
    route: "GET /store/touchpoints/visitor?visitor_id",
    method: "get",
    url: (a) => `/store/touchpoints/visitor?visitor_id=${a.visitor}`,
    refused: [400, 401],
  },
  {
    route: "GET /store/feedback/orders/:order_id",
    method: "get",
    url: (a) => `/store/feedback/orders/${a.order}`,
    refused: [401, 404],
  },
  {
    route: "GET /store/feedback/:token (tampered)",
    method: "get",
    url: (a) => `/store/feedback/${tamper(a.surveyToken)}`,
    refused: [404],
  },
  {
    route: "POST /store/feedback/:token (tampered)",
    method: "post",
    url: (a) => `/store/feedback/${tamper(a.surveyToken)}`,
    body: () => ({ nps_score: 0, comment: "hijacked" }),
    refused: [404],
  },
  {
    route: "GET /store/cart-recovery/:token (forged)",
    method: "get",
    url: (a) => `/store/cart-recovery/${signRecoveryToken({ secret: FOREIGN_SECRET }, a.cart, 0, 14)}`,
    refused: [404],
  },
  {
    route: "POST /store/cart-recovery/:token (forged, into A's cart)",
    method: "post",
    url: (a) => `/store/cart-recovery/${signRecoveryToken({ secret: FOREIGN_SECRET }, a.cart, 0, 14)}`,
    body: (a) => ({ cart_id: a.cart }),
    refused: [404],
  },
]

/** A secret that is not this shop's: what a forger has. */
const FOREIGN_SECRET = "not-this-shops-secret-but-32-chars-long"

/** The token with one character changed (a guessed or tampered link). */
function tamper(token: string): string {
  const at = Math.floor(token.length / 2)
  return `${token.slice(0, at)}${token[at] === "A" ? "B" : "A"}${token.slice(at + 1)}`
}

httpTestRunner({
  testSuite: ({ api, getContainer }) => {
    let a: Owned
    let asA: Headers
    const callers = {} as Record<Caller, Headers>

    const call = (method: Attempt["method"], url: string, headers: Headers, body?: Record<string, unknown>) =>
      (method === "get"
        ? api.get(url, headers)
        : method === "delete"
          ? api.delete(url, headers)
          : api.post(url, body ?? {}, headers)
      ).then(
        (response: Answer) => ({ status: response.status, data: response.data }),
        (error: { response?: Answer; message: string }) => {
          if (!error.response) throw error
          return { status: error.response.status, data: error.response.data }
        }
      )

    /** What A sees of their own data: lists, cart, consents, survey and profile (re-read after every attempt). */
    const snapshotOfA = async () => {
      const read = async (url: string, headers = asA) => (await api.get(url, headers).catch(explain)).data
      const lists = (await read("/store/wishlists")).wishlists.map(
        (list: { id: string; name: string; items: { id: string; quantity: number; note: string | null }[] }) => ({
          id: list.id,
          name: list.name,
          items: list.items.map((item) => [item.id, item.quantity, item.note]),
        })
      )
      const { cart } = await read(`/store/carts/${a.cart}?fields=id,items.id,items.quantity,promotions.code`)
      return {
        lists,
        cart: {
          items: cart.items.map((item: { id: string; quantity: number }) => [item.id, item.quantity]).sort(),
          promotions: cart.promotions.map((promotion: { code: string }) => promotion.code),
        },
        consents: (await read(`/store/touchpoints/email-consent?cart_id=${a.cart}`)).consents,
        shared: (await read(`/store/shared-wishlists/${a.shareToken}`)).wishlist.name,
        survey: (await read(`/store/feedback/${a.surveyToken}`)).survey.answers,
        visitor: (await read(`/store/touchpoints/visitor?visitor_id=${a.visitor}`)).visitor,
      }
    }
    let before: Awaited<ReturnType<typeof snapshotOfA>>

    beforeAll(async () => {
      const container: MedusaContainer = getContainer()
      const { shop, admin, customers } = await createShopWithCustomers(container, api, [
        "ada@example.test",
        "bob@example.test",
      ])
      const [ada, bob] = customers
      const visitor = signedVisitorId(container, "ada-visitor-0000000001")
      asA = customerHeaders(shop.key, { token: ada.token, visitor })
      const post = async (url: string, body: Record<string, unknown>, headers = asA) =>
        (await api.post(url, body, headers).catch(explain)).data

      // visitor profile (linked to A by the authenticated request), consent and events
      await trackVisit(api, asA)

      // lists: default with a noted item, a private list, a shared list and a list whose share was revoked
      const saved = await post("/store/wishlists/default/items", {
        variant_id: shop.catalog.variants.tea,
        note: "ada-note",
      })
      const privateList = (await post("/store/wishlists", { name: "Ada private" })).wishlist.id
      const sharedList = (await post("/store/wishlists", { name: "Ada shared" })).wishlist.id
      await post(`/store/wishlists/${sharedList}/items`, { variant_id: shop.catalog.variants.cup })
      const shareToken = (await post(`/store/wishlists/${sharedList}/share`, {})).share.token
      const revokedShareToken = (await post(`/store/wishlists/${privateList}/share`, {})).share.token
      await api.delete(`/store/wishlists/${privateList}/share`, asA).catch(explain)

      // a cart with two lines, one saved for later, with A's cart-reminder opt-in
      const { cart } = await post("/store/carts", { region_id: shop.catalog.regionId, email: "ada@example.test" })
      await post(`/store/carts/${cart.id}/line-items`, { variant_id: shop.catalog.variants.tea, quantity: 2 })
      const withCup = await post(`/store/carts/${cart.id}/line-items`, {
        variant_id: shop.catalog.variants.cup,
        quantity: 1,
      })
      const lines = withCup.cart.items as { id: string; variant_id: string }[]
      const cupLine = lines.find((line) => line.variant_id === shop.catalog.variants.cup)?.id as string
      const teaLine = lines.find((line) => line.variant_id === shop.catalog.variants.tea)?.id as string
      await post(`/store/carts/${cart.id}/line-items/${cupLine}/save-for-later`, {})
      await post("/store/touchpoints/email-consent", { cart_id: cart.id, flow: "cart-recovery", granted: true })

      // an offer every account holder earns, applied to A's cart
      const { offerId } = await createMembersOffer(api, admin)
      await post(`/store/carts/${cart.id}/offers/${offerId}`, {})

      // an order with A's answered feedback survey
      const { order, surveyToken } = await answeredSurvey(api, shop, asA, {
        email: "ada@example.test",
        customerToken: ada.token,
        answer: { nps_score: 9, comment: "Lovely tea" },
      })

      a = {
        email: "ada@example.test",
        visitor,
        defaultList: saved.wishlist.id,
        item: saved.item.id,
        privateList,
        sharedList,
        shareToken,
        revokedShareToken,
        cart: cart.id,
        line: teaLine,
        offer: offerId,
        order,
        surveyToken,
        product: shop.catalog.products.tea,
      }
      // the guest has a visitor id and a list of their own; anonymous sends the publishable key only
      const guestSaved = await api
        .post(
          "/store/wishlists/default/items",
          { variant_id: shop.catalog.variants.cup },
          storeHeaders(shop.key, { "x-touchpoints-visitor": signedVisitorId(container, "guest-visitor-00000002") })
        )
        .catch(explain)
      callers["shopper B"] = storeHeaders(shop.key, { authorization: `Bearer ${bob.token}` })
      callers.guest = storeHeaders(shop.key, {
        "x-touchpoints-visitor": signedVisitorId(container, "guest-visitor-00000002"),
        "x-wishlist-token": guestSaved.data.guest_token,
      })
      callers.anonymous = storeHeaders(shop.key)
      before = await snapshotOfA()
    })

    it("has data of shopper A in every plugin to attack", () => {
      expect(before.lists.map((list: { name: string }) => list.name).sort()).toEqual([
        "Ada private",
        "Ada shared",
        "Saved for later",
      ])
      expect(before.cart.promotions).toEqual(["MEMBERS10"])
      expect(before.consents).toEqual(
        expect.arrayContaining([expect.objectContaining({ flow: "cart-recovery", granted: true })])
      )
      expect(before.survey).toMatchObject({ nps_score: 9, comment: "Lovely tea" })
    })

    it("lets A reach their own cart's also-bought (the ownership check refuses only others)", async () => {
      const answer = await call("get", `/store/carts/${a.cart}/also-bought`, asA)
      expect(answer.status).toBe(200)
    })

    const rows = ATTEMPTS.flatMap((attempt) =>
      (["shopper B", "guest", "anonymous"] as Caller[])
        .filter((caller) => !attempt.only || attempt.only.includes(caller))
        .map((caller) => [attempt.route, caller, attempt] as const)
    )

    it.each(rows)("%s: %s is refused and A's data is unchanged", async (_route, caller, attempt) => {
      const headers = { headers: { ...callers[caller].headers, ...attempt.headers?.(a) } }
      const answer = await call(attempt.method, attempt.url(a), headers, attempt.body?.(a))
      expect({ status: answer.status, refused: attempt.refused.includes(answer.status) }).toEqual({
        status: answer.status,
        refused: true,
      })
      if (attempt.rotates && answer.status < 300) {
        expect(answer.data).toMatchObject({ visitor_rotated: true })
      }
      const text = JSON.stringify(answer.data)
      for (const marker of A_MARKERS(a)) {
        expect(text).not.toContain(marker)
      }
      expect(await snapshotOfA()).toEqual(before)
    })
  },
})
