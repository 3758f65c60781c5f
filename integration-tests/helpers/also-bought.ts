import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { batchLinkProductsToCategoryWorkflow, createProductCategoriesWorkflow } from "@medusajs/medusa/core-flows"
import { type Catalog, createCatalog } from "./catalog"
import { emitAndWait } from "./orders"
import { createPublishableKey } from "./store-fixtures"

export type ProductName = keyof Catalog["products"]

/**
 * Eight orders, by hand: tea is in 7, cup 4, kettle 4 (sold out), hidden 3 (a draft product).
 * Pairs: tea+cup 3, tea+kettle 4, tea+hidden 3, kettle+hidden 2, cup+kettle 1.
 */
export const HAND_COUNTED_ORDERS: ProductName[][] = [
  ["tea", "cup"],
  ["tea", "cup"],
  ["tea", "cup", "kettle"],
  ["tea", "kettle"],
  ["tea", "kettle", "hidden"],
  ["tea", "kettle", "hidden"],
  ["cup"],
  ["tea", "hidden"],
]

export type AlsoBoughtShop = { key: string; salesChannelId: string; catalog: Catalog; orderIds: string[] }

/** The test catalog (tea, cup and kettle in one category), with orders placed (order.placed emitted). */
export async function createAlsoBoughtShop(
  container: MedusaContainer,
  orders: ProductName[][] = HAND_COUNTED_ORDERS
): Promise<AlsoBoughtShop> {
  const fixtures = await createPublishableKey(container)
  const catalog = await createCatalog(container, fixtures.salesChannelId)
  const {
    result: [kitchen],
  } = await createProductCategoriesWorkflow(container).run({
    input: { product_categories: [{ name: "Kitchen", is_active: true }] },
  })
  await batchLinkProductsToCategoryWorkflow(container).run({
    input: { id: kitchen.id, add: [catalog.products.tea, catalog.products.cup, catalog.products.kettle] },
  })
  const created = await container.resolve(Modules.ORDER).createOrders(
    orders.map((products) => ({
      email: "shopper@example.com",
      currency_code: "eur",
      items: products.map((name) => ({
        title: name,
        quantity: 1,
        unit_price: 10,
        product_id: catalog.products[name],
        variant_id: catalog.variants[name],
      })),
    }))
  )
  const orderIds = created.map((order) => order.id)
  for (const id of orderIds) await emitAndWait(container, "order.placed", { id })
  return { key: fixtures.token, salesChannelId: fixtures.salesChannelId, catalog, orderIds }
}
