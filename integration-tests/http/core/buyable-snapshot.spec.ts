import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  deleteProductsWorkflow,
  updateInventoryLevelsWorkflow,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import { TestEventUtils } from "@medusajs/test-utils"
import { explain, failure, storeHeaders } from "../../helpers/http"
import { createNextStepsShop, type NextStepsShop, type ShopProduct } from "../../helpers/next-steps-shop"
import { emitAndWait } from "../../helpers/orders"
import { httpTestRunner } from "../../helpers/runner"

jest.setTimeout(120_000)

type Item = { product_id: string; product: { in_stock: boolean; price: { amount: number } | null } }
type Page = { groups: { items: Item[] }[] }

/** The staleness core's README states: an event's products are checked again within seconds. */
const WITHIN_MS = 5_000

/**
 * Core's snapshot of what shoppers can buy, seen through a product page (next-steps) as a shopper sees it:
 * after a product is re-priced, sold out, unpublished or deleted, or an order is placed, the page reflects it
 * within the stated staleness, through Medusa's real events, and the snapshot row itself holds the new answer.
 */
httpTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: NextStepsShop

    beforeEach(async () => {
      shop = await createNextStepsShop(getContainer())
    })

    const linkOf = async (page: ShopProduct, target: ShopProduct): Promise<Item | undefined> => {
      const answer = (
        await api
          .get(
            `/store/products/${shop.products[page]}/next-steps?region_id=${shop.regionId}&limit=4`,
            storeHeaders(shop.key)
          )
          .catch(explain)
      ).data as Page
      return answer.groups.flatMap((group) => group.items).find((item) => item.product_id === shop.products[target])
    }
    const snapshotRow = async (target: ShopProduct) => {
      const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows } = await db.raw(
        "SELECT buyable, product FROM tp_buyable_product WHERE product_id = ? AND region_key = ? AND deleted_at IS NULL",
        [shop.products[target], shop.regionId]
      )
      return rows[0] as { buyable: boolean; product: Item["product"] | null } | undefined
    }
    /** Polls the page until `done` holds for the target's link (undefined: not shown), failing after WITHIN_MS. */
    const eventually = async (page: ShopProduct, target: ShopProduct, done: (link: Item | undefined) => boolean) => {
      const started = Date.now()
      let link = await linkOf(page, target)
      while (!done(link)) {
        if (Date.now() - started > WITHIN_MS)
          throw new Error(`not reflected within ${WITHIN_MS} ms: ${JSON.stringify(link)}`)
        await new Promise((resolve) => setTimeout(resolve, 100))
        link = await linkOf(page, target)
      }
      return link
    }
    const run = async <T>(event: string, change: () => Promise<T>) => {
      const handled = TestEventUtils.waitSubscribersExecution(event, getContainer().resolve(Modules.EVENT_BUS))
      const result = await change()
      await handled
      return result
    }

    it("shows a new price after a re-price (product-variant.updated)", async () => {
      expect((await linkOf("toaster", "pan"))?.product.price?.amount).toBeDefined()
      expect((await snapshotRow("pan"))?.buyable).toBe(true)
      await run("product-variant.updated", () =>
        updateProductVariantsWorkflow(getContainer()).run({
          input: { selector: { id: shop.variants.pan }, update: { prices: [{ amount: 77, currency_code: "eur" }] } },
        })
      )
      await eventually("toaster", "pan", (link) => link?.product.price?.amount === 77)
      expect((await snapshotRow("pan"))?.product?.price?.amount).toBe(77)
    })

    it("takes a product that sold out without backorder off the links (inventory-level.updated)", async () => {
      expect(await linkOf("toaster", "pan")).toBeDefined()
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "inventory_level",
        fields: ["inventory_item_id", "location_id"],
        filters: { inventory_item: { variants: { id: shop.variants.pan } } },
      })
      const level = data[0] as { inventory_item_id: string; location_id: string }
      await run("inventory-level.updated", () =>
        updateInventoryLevelsWorkflow(getContainer()).run({
          input: { updates: [{ ...level, stocked_quantity: 0 }] },
        })
      )
      await eventually("toaster", "pan", (link) => link === undefined)
      expect((await snapshotRow("pan"))?.buyable).toBe(false)
    })

    it("takes an unpublished and a deleted product off the links (product.updated, product.deleted)", async () => {
      expect(await linkOf("toaster", "pan")).toBeDefined()
      expect(await linkOf("toaster", "plate")).toBeDefined()
      await run("product.updated", () =>
        updateProductsWorkflow(getContainer()).run({
          input: { selector: { id: shop.products.pan }, update: { status: "draft" } },
        })
      )
      await run("product.deleted", () =>
        deleteProductsWorkflow(getContainer()).run({ input: { ids: [shop.products.plate] } })
      )
      await eventually("toaster", "pan", (link) => link === undefined)
      await eventually("toaster", "plate", (link) => link === undefined)
      expect((await snapshotRow("pan"))?.buyable).toBe(false)
      expect((await snapshotRow("plate"))?.buyable).toBe(false)
    })

    it("keeps no row for made-up product ids a shopper asks about (attacker: filling the table)", async () => {
      const rows = async () => {
        const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const { rows } = await db.raw("SELECT count(*)::int AS n FROM tp_buyable_product")
        return rows[0].n as number
      }
      await linkOf("toaster", "pan")
      const before = await rows()
      for (const made of ["prod_forged_1", "prod_forged_2", "prod_forged_3"]) {
        for (const route of ["also-bought", "bundle"]) {
          const answer = await api
            .get(`/store/products/${made}/${route}?region_id=${shop.regionId}`, storeHeaders(shop.key))
            .catch(failure)
          expect(answer.status).toBe(404)
        }
      }
      expect(await rows()).toBe(before)
    })

    it("checks an order's products again when it is placed (order.placed)", async () => {
      expect((await linkOf("toaster", "pan"))?.product.in_stock).toBe(true)
      // the order's reservations took the last units (set here without an event of their own)
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "inventory_level",
        fields: ["id", "inventory_item_id", "location_id"],
        filters: { inventory_item: { variants: { id: shop.variants.pan } } },
      })
      const level = data[0] as { id: string; inventory_item_id: string; location_id: string }
      await inventory.updateInventoryLevels([
        { inventory_item_id: level.inventory_item_id, location_id: level.location_id, stocked_quantity: 0 },
      ])
      const [order] = await getContainer()
        .resolve(Modules.ORDER)
        .createOrders([
          {
            currency_code: "eur",
            email: "buyer@snapshot.test",
            items: [{ title: "Pan", quantity: 1, unit_price: 10, product_id: shop.products.pan }],
          },
        ])
      expect((await snapshotRow("pan"))?.buyable).toBe(true)
      await emitAndWait(getContainer(), "order.placed", { id: order.id })
      await eventually("toaster", "pan", (link) => link === undefined)
      expect((await snapshotRow("pan"))?.buyable).toBe(false)
    })
  },
})
