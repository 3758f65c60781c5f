import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { shareTokenOf } from "@touchpoints/wishlist/lib/tokens"
import { WISHLIST_MODULE, type WishlistModuleService } from "@touchpoints/wishlist/modules/wishlist"
import { type Catalog, createCatalog } from "../../helpers/catalog"
import { registerCustomer } from "../../helpers/customers"
import { explain, failure } from "../../helpers/http"
import { httpTestRunner } from "../../helpers/runner"
import { createPublishableKey } from "../../helpers/store-fixtures"
import { type ShopperHeaders, shopperHeaders } from "../../helpers/wishlist"

jest.setTimeout(120_000)

type Item = { variant_id: string; quantity: number; note: string | null }
type List = { id: string; name: string; is_default: boolean; items: Item[]; share: { token: string } | null }

httpTestRunner({
  testSuite: ({ api, getContainer }) => {
    let key: string
    let catalog: Catalog

    beforeEach(async () => {
      const fixtures = await createPublishableKey(getContainer())
      key = fixtures.token
      catalog = await createCatalog(getContainer(), fixtures.salesChannelId)
    })

    const as = shopperHeaders(() => key)
    const save = async (headers: ShopperHeaders, variantId: string, body: object = {}, list = "default") =>
      (await api.post(`/store/wishlists/${list}/items`, { variant_id: variantId, ...body }, headers).catch(explain))
        .data
    const lists = async (headers: ShopperHeaders) =>
      (await api.get("/store/wishlists", headers).catch(explain)).data.wishlists as List[]
    const summary = (all: List[]) =>
      all.map((list) => ({
        name: list.name,
        is_default: list.is_default,
        items: list.items.map((item) => [item.variant_id, item.quantity, item.note]).sort(),
      }))

    /** A guest with tea (note "guest") in the default list and a "Gifts" list with a cup. */
    const guestWithLists = async () => {
      const first = await save(as(), catalog.variants.tea, { note: "guest" })
      const token = first.guest_token as string
      const { data } = await api.post("/store/wishlists", { name: "Gifts" }, as(token)).catch(explain)
      await save(as(token), catalog.variants.cup, {}, data.wishlist.id)
      return token
    }

    describe("merging a guest's lists on login", () => {
      it("should merge on the first authenticated request that carries the guest token, once", async () => {
        const guest = await guestWithLists()
        const ada = await registerCustomer(api, key, "ada@example.com")
        await save(as(undefined, ada.token), catalog.variants.tea, { quantity: 2, note: "mine" })

        const merged = await lists(as(guest, ada.token))
        const expected = [
          { name: "Saved for later", is_default: true, items: [[catalog.variants.tea, 3, "mine\nguest"]] },
          { name: "Gifts", is_default: false, items: [[catalog.variants.cup, 1, null]] },
        ]
        expect(summary(merged)).toEqual(expected)
        expect(summary(await lists(as(guest, ada.token)))).toEqual(expected)
        expect(await lists(as(guest))).toEqual([])
      })

      it("should merge explicitly, idempotently and safely when two merges race", async () => {
        const guest = await guestWithLists()
        const ada = await registerCustomer(api, key, "ada@example.com")
        await save(as(undefined, ada.token), catalog.variants.cup, { quantity: 4 })
        const { data: giftList } = await api.post("/store/wishlists", { name: "gifts" }, as(undefined, ada.token))
        await save(as(undefined, ada.token), catalog.variants.cup, {}, giftList.wishlist.id)

        const merge = () =>
          api.post("/store/wishlists/merge", { guest_token: guest }, as(undefined, ada.token)).catch(explain)
        const [one, two] = await Promise.all([merge(), merge()])
        const results = [one.data.merged, two.data.merged].sort((a, b) => b.lists - a.lists)
        expect(results).toEqual([
          { lists: 2, items: 2 },
          { lists: 0, items: 0 },
        ])
        expect(summary(await lists(as(undefined, ada.token)))).toEqual([
          {
            name: "Saved for later",
            is_default: true,
            items: [
              [catalog.variants.cup, 4, null],
              [catalog.variants.tea, 1, "guest"],
            ].sort(),
          },
          { name: "gifts", is_default: false, items: [[catalog.variants.cup, 2, null]] },
        ])
        const { data: again } = await merge()
        expect(again.merged).toEqual({ lists: 0, items: 0 })
      })

      it("should refuse a merge without login or with a forged token", async () => {
        const guest = await guestWithLists()
        const anonymous = await api.post("/store/wishlists/merge", { guest_token: guest }, as()).catch(failure)
        expect(anonymous.status).toBe(401)
        const ada = await registerCustomer(api, key, "ada@example.com")
        const forged = await api
          .post("/store/wishlists/merge", { guest_token: `${guest}x` }, as(undefined, ada.token))
          .catch(failure)
        expect(forged.status).toBe(400)
        const extra = await api
          .post("/store/wishlists/merge", { guest_token: guest, all: true }, as(undefined, ada.token))
          .catch(failure)
        expect(extra.status).toBe(400)
        expect(summary(await lists(as(guest)))).toHaveLength(2)
      })
    })

    describe("sharing", () => {
      it("should share read-only without owner data, rotate and revoke links", async () => {
        const ada = await registerCustomer(api, key, "ada@example.com")
        const owner = as(undefined, ada.token)
        const saved = await save(owner, catalog.variants.tea, { note: "private note", metadata: { engraving: "ADA" } })
        const listId = saved.wishlist.id as string

        const { data: first } = await api.post(`/store/wishlists/${listId}/share`, {}, owner).catch(explain)
        const token = first.share.token as string
        expect(new Date(first.share.expires_at).getTime()).toBeGreaterThan(Date.now() + 89 * 86_400_000)
        expect((await lists(owner))[0].share?.token).toBe(token)

        const { data: shared } = await api.get(`/store/shared-wishlists/${token}`, as()).catch(explain)
        expect(shared.wishlist).toMatchObject({ name: "Saved for later", item_count: 1 })
        expect(shared.wishlist.items[0]).toMatchObject({ variant_id: catalog.variants.tea, availability: "in_stock" })
        const body = JSON.stringify(shared)
        for (const secret of [ada.customerId, listId, saved.item.id, "private note", "ADA", "ada@example.com"]) {
          expect(body).not.toContain(secret)
        }

        const { data: rotated } = await api
          .post(`/store/wishlists/${listId}/share`, { expires_in_days: 7 }, owner)
          .catch(explain)
        expect(rotated.share.token).not.toBe(token)
        expect((await api.get(`/store/shared-wishlists/${token}`, as()).catch(failure)).status).toBe(404)
        expect((await api.get(`/store/shared-wishlists/${rotated.share.token}`, as())).status).toBe(200)

        const { data: revoked } = await api.delete(`/store/wishlists/${listId}/share`, owner)
        expect(revoked).toEqual({ id: listId, object: "wishlist_share", deleted: true })
        expect((await api.get(`/store/shared-wishlists/${rotated.share.token}`, as()).catch(failure)).status).toBe(404)
        expect((await lists(owner))[0].share).toBeNull()
      })

      it("should answer 404 for forged and expired links and 400 for bad lifetimes", async () => {
        const saved = await save(as(), catalog.variants.cup)
        const owner = as(saved.guest_token)
        const listId = saved.wishlist.id as string
        const { data } = await api
          .post(`/store/wishlists/${listId}/share`, { expires_in_days: 1 }, owner)
          .catch(explain)
        const token = data.share.token as string
        const [nonce] = token.split(".")

        // one signature character changed in the middle, where all its 6 bits count (overwriting the last two
        // with "AA" matched the real signature about once in a thousand runs)
        const at = token.length - 5
        const tampered = `${token.slice(0, at)}${token[at] === "A" ? "B" : "A"}${token.slice(at + 1)}`
        const forgeries = [
          tampered,
          `${nonce}.${(Math.floor(Date.now() / 1000) + 9e6).toString(36)}.AAAAAAAAAAAAAAAAAAAAAA`,
          shareTokenOf({ secret: "another-secret-of-thirty-two-characters" }, nonce, new Date(Date.now() + 86_400_000)),
          "not-a-token",
        ]
        for (const forged of forgeries) {
          expect(
            (await api.get(`/store/shared-wishlists/${encodeURIComponent(forged)}`, as()).catch(failure)).status
          ).toBe(404)
        }
        // correctly signed (the store's secret: core's, as the wishlist sets none) but expired
        const { keys } = getContainer().resolve<WishlistModuleService>(WISHLIST_MODULE).settings.share
        const expired = shareTokenOf(keys, nonce, new Date(Date.now() - 1000))
        expect((await api.get(`/store/shared-wishlists/${expired}`, as()).catch(failure)).status).toBe(404)
        // expired in the database (the link's own date still ahead)
        const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        await db.raw("UPDATE tp_wishlist SET share_expires_at = now() - interval '1 minute' WHERE id = ?", [listId])
        expect((await api.get(`/store/shared-wishlists/${token}`, as()).catch(failure)).status).toBe(404)

        for (const body of [
          { expires_in_days: 0 },
          { expires_in_days: 366 },
          { expires_in_days: 1.5 },
          { public: true },
        ]) {
          expect((await api.post(`/store/wishlists/${listId}/share`, body, owner).catch(failure)).status).toBe(400)
        }
      })
    })
  },
})
