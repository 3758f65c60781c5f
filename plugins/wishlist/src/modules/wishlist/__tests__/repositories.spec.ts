import path from "node:path"
import { configManager } from "@medusajs/framework/config"
import { MedusaError } from "@medusajs/framework/utils"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { issueGuestToken } from "../../../lib/tokens"
import { WISHLIST_MODULE } from ".."
import type { NewItem, Owner } from "../lib/types"
import type WishlistModuleService from "../service"

jest.setTimeout(60_000)

// The service reads core's secret from the loaded medusa-config (as in a store): a config with core alone.
const SECRET = "wishlist-module-spec-secret-0123456789"
configManager.loadConfig({
  projectConfig: {
    projectConfig: { http: { jwtSecret: "x", cookieSecret: "x" } },
    plugins: [
      {
        resolve: "@touchpoints/core",
        options: { secret: SECRET, shop: { name: "Spec shop", storefrontUrl: "https://shop.example/" } },
      },
    ],
  } as never,
  baseDir: path.join(__dirname, "../../../../../.."),
  throwOnValidationError: false,
})

const alice: Owner = { kind: "customer", customerId: "cus_alice" }
const bob: Owner = { kind: "customer", customerId: "cus_bob" }
const guest = (key: string): Owner => ({ kind: "guest", guestKey: key })

const item = (variantId: string, patch: Partial<NewItem> = {}): NewItem => ({
  variant_id: variantId,
  product_id: `prod_${variantId}`,
  quantity: 1,
  saved_price: { amount: 10, currency_code: "eur", region_id: "reg_1" },
  product_title: `Product ${variantId}`,
  variant_title: "Default variant",
  product_handle: `product-${variantId}`,
  variant_sku: null,
  thumbnail: null,
  watch: { amount: 10, currency_code: "eur", in_stock: true },
  source: "manual",
  ...patch,
})

/** The MedusaError type a promise rejects with. */
async function errorType(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e
  )
  if (!(error instanceof MedusaError)) throw new Error(`expected a MedusaError, got ${String(error)}`)
  return error.type
}

moduleIntegrationTestRunner<WishlistModuleService>({
  moduleName: WISHLIST_MODULE,
  resolve: path.join(__dirname, ".."),
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  moduleOptions: { limits: { listsPerShopper: 3, itemsPerList: 3, maxQuantity: 10 } },
  testSuite: ({ service }) => {
    describe("lists (repositories/lists.ts)", () => {
      it("should make the default list once, and read an owner's lists default first, then oldest", async () => {
        const first = await service.ensureDefault(alice)
        expect(first).toMatchObject({ created: true, wishlist: { name: "Saved for later", is_default: true } })
        expect(await service.ensureDefault(alice)).toMatchObject({
          created: false,
          wishlist: { id: first.wishlist.id },
        })
        const gifts = await service.createList(alice, "  Gifts ")
        expect(gifts).toMatchObject({ name: "Gifts", name_key: "gifts", is_default: false, customer_id: "cus_alice" })
        await service.createList(bob, "Bob's")

        const lists = await service.listOwned(alice)
        expect(lists.map((list) => list.name)).toEqual(["Saved for later", "Gifts"])
        expect(await service.retrieveOwned(alice, "default")).toMatchObject({ id: first.wishlist.id, items: [] })
        expect(await service.retrieveOwned(alice, gifts.id)).toMatchObject({ id: gifts.id })
        expect(await service.retrieveOwned(bob, gifts.id)).toBeNull()
      })

      it("should refuse a second list of the same name (any case) and more lists than the limit", async () => {
        await service.createList(alice, "Gifts")
        expect(await errorType(service.createList(alice, "GIFTS"))).toBe(MedusaError.Types.CONFLICT)
        await service.createList(alice, "Books")
        await service.createList(alice, "Games")
        expect(await errorType(service.createList(alice, "Tools"))).toBe(MedusaError.Types.NOT_ALLOWED)
        expect(await service.listOwned(alice)).toHaveLength(3)
      })

      it("should name a new default list around a named list that took its name", async () => {
        await service.createList(alice, "saved for later")
        const { wishlist } = await service.ensureDefault(alice)
        expect(wishlist.name).toBe("Saved for later (2)")
      })

      it("should rename a list and put the old name back on restore", async () => {
        const list = await service.createList(alice, "Gifts")
        const { wishlist, snapshot } = await service.renameList(alice, list.id, "Presents")
        expect(wishlist).toMatchObject({ name: "Presents", name_key: "presents" })
        expect(await errorType(service.renameList(bob, list.id, "Mine"))).toBe(MedusaError.Types.NOT_FOUND)
        await service.restore(snapshot)
        expect(await service.retrieveOwned(alice, list.id)).toMatchObject({ name: "Gifts", name_key: "gifts" })
      })

      it("should delete a named list with its items, never the default one, and undo a delete", async () => {
        const { wishlist: saved } = await service.ensureDefault(alice)
        const list = await service.createList(alice, "Gifts")
        await service.addItem(list.id, item("variant_a"))
        expect(await errorType(service.deleteList(alice, "default"))).toBe(MedusaError.Types.NOT_ALLOWED)

        const snapshot = await service.deleteList(alice, list.id)
        expect((await service.listOwned(alice)).map((each) => each.id)).toEqual([saved.id])
        expect(snapshot.items).toHaveLength(1)
        const [removed] = await service.listWishlistItems({ wishlist_id: list.id })
        expect(removed).toMatchObject({ removal: "removed" })

        await service.restore(snapshot)
        const restored = await service.retrieveOwned(alice, list.id)
        expect(restored?.items.map((each) => each.variant_id)).toEqual(["variant_a"])
      })
    })

    describe("items (repositories/items.ts)", () => {
      it("should add a variant once: a second save adds its quantity and keeps what it does not replace", async () => {
        const list = await service.createList(alice, "Gifts")
        const first = await service.addItem(
          list.id,
          item("variant_a", { quantity: 2, note: "blue", line_metadata: { size: "M" } })
        )
        expect(first.snapshot).toEqual({ createdItemIds: [first.item.id] })
        const second = await service.addItem(list.id, item("variant_a", { quantity: 3 }))
        expect(second.item).toMatchObject({
          id: first.item.id,
          quantity: 5,
          note: "blue",
          line_metadata: { size: "M" },
        })
        expect(second.snapshot.items?.[0]).toMatchObject({ quantity: 2 })

        await service.restore(second.snapshot)
        expect((await service.retrieveOwned(alice, list.id))?.items[0]).toMatchObject({ quantity: 2 })
        await service.restore(first.snapshot)
        expect((await service.retrieveOwned(alice, list.id))?.items).toEqual([])
      })

      it("should refuse more than the quantity and item limits, changing nothing", async () => {
        const list = await service.createList(alice, "Gifts")
        await service.addItem(list.id, item("variant_a", { quantity: 9 }))
        expect(await errorType(service.addItem(list.id, item("variant_a", { quantity: 2 })))).toBe(
          MedusaError.Types.INVALID_DATA
        )
        await service.addItem(list.id, item("variant_b"))
        await service.addItem(list.id, item("variant_c"))
        expect(await errorType(service.addItem(list.id, item("variant_d")))).toBe(MedusaError.Types.NOT_ALLOWED)
        const items = (await service.retrieveOwned(alice, list.id))?.items ?? []
        expect(items.map((each) => [each.variant_id, each.quantity])).toEqual([
          ["variant_c", 1],
          ["variant_b", 1],
          ["variant_a", 9],
        ])
        expect(await errorType(service.addItem("wl_missing", item("variant_a")))).toBe(MedusaError.Types.NOT_FOUND)
      })

      it("should update quantity and note, and clear a note with null", async () => {
        const list = await service.createList(alice, "Gifts")
        const { item: saved } = await service.addItem(list.id, item("variant_a", { note: "blue" }))
        const { item: updated } = await service.updateItem(list.id, saved.id, { quantity: 4 })
        expect(updated).toMatchObject({ quantity: 4, note: "blue" })
        expect((await service.updateItem(list.id, saved.id, { note: null })).item).toMatchObject({
          quantity: 4,
          note: null,
        })
        expect(await errorType(service.updateItem(list.id, saved.id, { quantity: 11 }))).toBe(
          MedusaError.Types.INVALID_DATA
        )
        expect(await errorType(service.updateItem("wl_other", saved.id, { quantity: 1 }))).toBe(
          MedusaError.Types.NOT_FOUND
        )
      })

      it("should let exactly one of two concurrent takes of an item win, and put it back on restore", async () => {
        const list = await service.createList(alice, "Gifts")
        const { item: saved } = await service.addItem(list.id, item("variant_a"))
        const outcomes = await Promise.allSettled([
          service.takeItem(list.id, saved.id, { kind: "moved_to_cart", cartId: "cart_1" }),
          service.takeItem(list.id, saved.id, { kind: "moved_to_cart", cartId: "cart_1" }),
        ])
        const won = outcomes.filter((outcome) => outcome.status === "fulfilled")
        const lost = outcomes.filter((outcome) => outcome.status === "rejected")
        expect(won).toHaveLength(1)
        expect(lost).toHaveLength(1)
        expect(((lost[0] as PromiseRejectedResult).reason as MedusaError).type).toBe(MedusaError.Types.CONFLICT)
        const taken = (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof service.takeItem>>>).value
        expect(taken.item).toMatchObject({ removal: "moved_to_cart", moved_to_cart_id: "cart_1" })

        await service.restore(taken.snapshot)
        expect((await service.retrieveOwned(alice, list.id))?.items.map((each) => each.id)).toEqual([saved.id])
        expect(await errorType(service.takeItem(list.id, "wli_missing", { kind: "removed" }))).toBe(
          MedusaError.Types.NOT_FOUND
        )
      })
    })

    describe("shares (repositories/shares.ts)", () => {
      it("should open a list by its live nonce only until it is revoked or expires", async () => {
        const list = await service.createList(alice, "Gifts")
        await service.addItem(list.id, item("variant_a"))
        const { wishlist } = await service.share(alice, list.id, {
          nonce: "nonce-1",
          expiresAt: new Date(Date.now() + 60_000),
        })
        expect(wishlist).toMatchObject({ share_nonce: "nonce-1" })
        expect(wishlist.shared_at).not.toBeNull()
        expect(await service.retrieveShared("nonce-1")).toMatchObject({
          id: list.id,
          items: [{ variant_id: "variant_a" }],
        })

        const rotated = await service.share(alice, list.id, {
          nonce: "nonce-2",
          expiresAt: new Date(Date.now() + 60_000),
        })
        expect(await service.retrieveShared("nonce-1")).toBeNull()
        await service.restore(rotated.snapshot)
        expect(await service.retrieveShared("nonce-1")).toMatchObject({ id: list.id })

        await service.share(alice, list.id, { nonce: "nonce-3", expiresAt: new Date(Date.now() - 1000) })
        expect(await service.retrieveShared("nonce-3")).toBeNull()
        const revoked = await service.share(alice, list.id, null)
        expect(revoked.wishlist).toMatchObject({ share_nonce: null, share_expires_at: null, shared_at: null })
        expect(await errorType(service.share(bob, list.id, null))).toBe(MedusaError.Types.NOT_FOUND)
      })
    })

    describe("merging a guest's lists (repositories/lists.ts, items.ts)", () => {
      it("should fold the guest's default list into the customer's and hand over named lists, once", async () => {
        const visitor = guest("guest-key-1")
        const { wishlist: guestDefault } = await service.ensureDefault(visitor)
        await service.addItem(guestDefault.id, item("variant_a", { quantity: 2, note: "for mum" }))
        await service.addItem(guestDefault.id, item("variant_b"))
        const guestNamed = await service.createList(visitor, "Books")
        await service.addItem(guestNamed.id, item("variant_c"))
        const { wishlist: customerDefault } = await service.ensureDefault(alice)
        await service.addItem(customerDefault.id, item("variant_a", { quantity: 1, note: "red" }))

        const merged = await service.mergeGuest({ guestKey: "guest-key-1", customerId: "cus_alice" })
        expect(merged).toMatchObject({ lists: 2, items: 3 })
        const lists = await service.listOwned(alice)
        expect(lists.map((list) => [list.name, list.is_default])).toEqual([
          ["Saved for later", true],
          ["Books", false],
        ])
        const byVariant = Object.fromEntries(lists[0].items.map((each) => [each.variant_id, each]))
        expect(byVariant.variant_a).toMatchObject({ quantity: 3, note: "red\nfor mum" })
        expect(byVariant.variant_b).toBeDefined()
        expect(await service.listOwned(visitor)).toEqual([])
        expect(await service.mergeGuest({ guestKey: "guest-key-1", customerId: "cus_alice" })).toMatchObject({
          lists: 0,
          items: 0,
        })

        await service.restore(merged.snapshot)
        expect((await service.listOwned(visitor)).map((list) => [list.name, list.items.length])).toEqual([
          ["Saved for later", 2],
          ["Books", 1],
        ])
        const [aliceDefault] = await service.listOwned(alice)
        expect(aliceDefault.items.map((each) => [each.variant_id, each.quantity, each.note])).toEqual([
          ["variant_a", 1, "red"],
        ])
      })
    })

    describe("purchases and statistics (repositories/purchases.ts, statistics.ts)", () => {
      it("should mark items an order bought by cart or by the customer's saved variants, and undo it", async () => {
        const { wishlist: list } = await service.ensureDefault(alice)
        await service.addItem(list.id, item("variant_a"))
        const { item: moved } = await service.addItem(list.id, item("variant_b"))
        await service.takeItem(list.id, moved.id, { kind: "moved_to_cart", cartId: "cart_1" })
        const { wishlist: bobs } = await service.ensureDefault(bob)
        await service.addItem(bobs.id, item("variant_a"))

        const order = {
          orderId: "order_1",
          customerId: "cus_alice",
          cartId: "cart_1",
          variantIds: ["variant_a"],
          placedAt: new Date(Date.now() + 1000),
        }
        expect(await service.markPurchased(order)).toBe(2)
        expect(await service.markPurchased(order)).toBe(0)
        expect(await service.markPurchased({ ...order, orderId: "order_2", cartId: null, customerId: null })).toBe(0)

        const stats = await service.statistics({ since: null, limit: 10 })
        expect(stats.totals).toEqual({
          lists: 2,
          shoppers: 2,
          active_items: 2,
          saved_items: 3,
          purchased_items: 2,
          conversion_rate: 0.6667,
        })
        expect(stats.products).toEqual([
          {
            product_id: "prod_variant_a",
            title: "Product variant_a",
            saves: 2,
            active: 2,
            purchased: 1,
            conversion_rate: 0.5,
          },
          {
            product_id: "prod_variant_b",
            title: "Product variant_b",
            saves: 1,
            active: 0,
            purchased: 1,
            conversion_rate: 1,
          },
        ])
        const one = await service.statistics({ since: null, limit: 10, productId: "prod_variant_b" })
        expect(one.products.map((row) => row.product_id)).toEqual(["prod_variant_b"])
        expect((await service.statistics({ since: new Date(Date.now() + 60_000), limit: 10 })).totals).toMatchObject({
          lists: 2,
          saved_items: 0,
          conversion_rate: 0,
        })

        await service.unmarkPurchased("order_1")
        expect((await service.statistics({ since: null, limit: 10 })).totals.purchased_items).toBe(0)
      })

      it("should count each shopper once per variant, guests too, and only active items of live lists", async () => {
        const { wishlist: aliceList } = await service.ensureDefault(alice)
        const aliceGifts = await service.createList(alice, "Gifts")
        const { wishlist: guestList } = await service.ensureDefault(guest("guest-key-2"))
        await service.addItem(aliceList.id, item("variant_a"))
        await service.addItem(aliceGifts.id, item("variant_a"))
        await service.addItem(guestList.id, item("variant_a"))
        const { item: removed } = await service.addItem(guestList.id, item("variant_b"))
        await service.takeItem(guestList.id, removed.id, { kind: "removed" })

        expect(await service.countSavers(["variant_a", "variant_b", "variant_c"])).toEqual({
          variant_a: 2,
          variant_b: 0,
          variant_c: 0,
        })
        expect(await service.countSavers([])).toEqual({})
        await service.deleteList(alice, aliceGifts.id)
        expect((await service.countSavers(["variant_a"])).variant_a).toBe(2)
      })

      it("should answer a shopper's saved products, most recent first, for a customer or a signed guest token", async () => {
        const { wishlist } = await service.ensureDefault(alice)
        await service.addItem(wishlist.id, item("variant_a"))
        await new Promise((resolve) => setTimeout(resolve, 5))
        await service.addItem(wishlist.id, item("variant_b"))
        expect(await service.savedProductIds({ customerId: "cus_alice" })).toEqual(["prod_variant_b", "prod_variant_a"])

        const { token, guestKey } = issueGuestToken(service.settings.share.keys)
        const { wishlist: guestList } = await service.ensureDefault(guest(guestKey))
        await service.addItem(guestList.id, item("variant_c"))
        expect(await service.savedProductIds({ guestToken: token })).toEqual(["prod_variant_c"])
        expect(await service.savedProductIds({ guestToken: `${token}x` })).toEqual([])
        expect(await service.savedProductIds({})).toEqual([])
      })
    })

    describe("watched items (repositories/watched-items.ts)", () => {
      it("should page active items by id, optionally of some variants, with the list's customer", async () => {
        const { wishlist: aliceList } = await service.ensureDefault(alice)
        const { wishlist: guestList } = await service.ensureDefault(guest("guest-key-3"))
        await service.addItem(aliceList.id, item("variant_a"))
        await service.addItem(aliceList.id, item("variant_b"))
        await service.addItem(guestList.id, item("variant_a"))
        const { item: removed } = await service.addItem(guestList.id, item("variant_c"))
        await service.takeItem(guestList.id, removed.id, { kind: "removed" })

        const first = await service.listWatched({ afterId: null, limit: 2 })
        const rest = await service.listWatched({ afterId: first[first.length - 1].id, limit: 2 })
        const all = [...first, ...rest]
        expect(first).toHaveLength(2)
        expect(new Set(all.map((each) => each.id)).size).toBe(3)
        expect(all.filter((each) => each.customer_id === "cus_alice")).toHaveLength(2)
        expect(all.filter((each) => each.customer_id === null)).toHaveLength(1)
        expect(Object.keys(all[0]).sort()).toEqual([
          "customer_id",
          "id",
          "product_id",
          "saved_price",
          "variant_id",
          "watch",
          "wishlist_id",
        ])
        expect(all[0]).toMatchObject({
          saved_price: { amount: 10, currency_code: "eur", region_id: "reg_1" },
          watch: { amount: 10, currency_code: "eur", in_stock: true },
        })
        const ofA = await service.listWatched({ afterId: null, limit: 10, variantIds: ["variant_a"] })
        expect(ofA.map((each) => each.variant_id)).toEqual(["variant_a", "variant_a"])
        expect(await service.listWatched({ afterId: null, limit: 10, variantIds: [] })).toEqual([])
      })

      it("should replace a watch only while it is what the caller saw", async () => {
        const { wishlist } = await service.ensureDefault(alice)
        const { item: saved } = await service.addItem(wishlist.id, item("variant_a"))
        const seen = { amount: 10, currency_code: "eur", in_stock: true }
        const next = { amount: 8, currency_code: "eur", in_stock: true }
        const wins = await Promise.all([
          service.compareAndSetWatch(saved.id, seen, next),
          service.compareAndSetWatch(saved.id, seen, next),
        ])
        expect(wins.sort()).toEqual([false, true])
        const [watched] = await service.listWatched({ afterId: null, limit: 1 })
        expect(watched.watch).toEqual(next)
        expect(await service.compareAndSetWatch(saved.id, next, null)).toBe(true)
        expect(await service.compareAndSetWatch(saved.id, null, seen)).toBe(true)
      })
    })
  },
})
