import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { createBrandsWorkflow, setBrandProductsWorkflow } from "@touchpoints/core/workflows"
import { emitAndWait } from "./orders"
import { createPublishableKey } from "./store-fixtures"

/**
 * A small shop with structure: Home > Kitchen and Home > Tableware, and Garden; brands Acme and Other; a
 * "steel" tag. kettle is sold out, blender only backorderable, draft unpublished. Orders give every product a
 * distinct number of units sold (toaster 9, shovel 8, plate 7, mug 6, gloves 5, bowl 4, hose 3, pan 2,
 * blender 1), and hose + bowl are bought together in 3 orders (an also-bought rule).
 */
const PRODUCTS = {
  kettle: { category: "kitchen", brand: "acme", stock: 0, steel: true },
  toaster: { category: "kitchen", brand: "acme", stock: 10 },
  blender: { category: "kitchen", brand: "other", stock: 0, backorder: true },
  pan: { category: "kitchen", brand: "other", stock: 10, steel: true },
  draft: { category: "kitchen", brand: "acme", stock: 10, draft: true },
  plate: { category: "tableware", brand: "acme", stock: 10 },
  bowl: { category: "tableware", brand: "other", stock: 10 },
  mug: { category: "tableware", brand: "other", stock: 10 },
  shovel: { category: "garden", brand: "acme", stock: 10, steel: true },
  hose: { category: "garden", brand: "other", stock: 10 },
  gloves: { category: "garden", brand: "other", stock: 10 },
} as const

export type ShopProduct = keyof typeof PRODUCTS

const ORDERS: [ShopProduct, number][][] = [
  [
    ["hose", 1],
    ["bowl", 1],
  ],
  [
    ["hose", 1],
    ["bowl", 1],
  ],
  [
    ["hose", 1],
    ["bowl", 1],
  ],
  [["bowl", 1]],
  [["toaster", 9]],
  [["shovel", 8]],
  [["plate", 7]],
  [["mug", 6]],
  [["gloves", 5]],
  [["pan", 2]],
  [["blender", 1]],
]

export type NextStepsShop = {
  key: string
  regionId: string
  /** The sales channel of the key (products are sold there). */
  salesChannelId: string
  products: Record<ShopProduct, string>
  variants: Record<ShopProduct, string>
  categories: Record<"home" | "kitchen" | "tableware" | "garden", string>
}

export async function createNextStepsShop(container: MedusaContainer): Promise<NextStepsShop> {
  const { token, salesChannelId } = await createPublishableKey(container)
  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "Europe", currency_code: "eur", countries: ["de"] }] },
  })
  const {
    result: [location],
  } = await createStockLocationsWorkflow(container).run({ input: { locations: [{ name: "Warehouse" }] } })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [salesChannelId] } })

  const {
    result: [home, garden],
  } = await createProductCategoriesWorkflow(container).run({
    input: {
      product_categories: [
        { name: "Home", is_active: true },
        { name: "Garden", is_active: true },
      ],
    },
  })
  const {
    result: [kitchen, tableware],
  } = await createProductCategoriesWorkflow(container).run({
    input: {
      product_categories: [
        { name: "Kitchen", is_active: true, parent_category_id: home.id },
        { name: "Tableware", is_active: true, parent_category_id: home.id },
      ],
    },
  })
  const categories = { home: home.id, kitchen: kitchen.id, tableware: tableware.id, garden: garden.id }
  const [steel] = await container.resolve(Modules.PRODUCT).createProductTags([{ value: "steel" }])

  const names = Object.keys(PRODUCTS) as ShopProduct[]
  const { result: created } = await createProductsWorkflow(container).run({
    input: {
      products: names.map((name) => {
        const spec: { category: keyof typeof categories; draft?: boolean; steel?: boolean; backorder?: boolean } =
          PRODUCTS[name]
        return {
          title: name[0].toUpperCase() + name.slice(1),
          handle: name,
          status: spec.draft ? ProductStatus.DRAFT : ProductStatus.PUBLISHED,
          category_ids: [categories[spec.category]],
          tag_ids: spec.steel ? [steel.id] : [],
          sales_channels: [{ id: salesChannelId }],
          options: [{ title: "Size", values: ["One size"] }],
          variants: [
            {
              title: "One size",
              sku: `ns-${name}`,
              options: { Size: "One size" },
              manage_inventory: true,
              allow_backorder: spec.backorder ?? false,
              prices: [{ amount: 10, currency_code: "eur" }],
            },
          ],
        }
      }),
    },
  })
  const products = Object.fromEntries(
    names.map((name) => [name, created.find((product) => product.handle === name)?.id as string])
  ) as Record<ShopProduct, string>
  const variants = Object.fromEntries(
    names.map((name) => [name, created.find((product) => product.handle === name)?.variants?.[0]?.id as string])
  ) as Record<ShopProduct, string>

  const items = await container.resolve(Modules.INVENTORY).listInventoryItems({ sku: names.map((n) => `ns-${n}`) })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: items.map((item) => ({
        location_id: location.id,
        inventory_item_id: item.id,
        stocked_quantity: PRODUCTS[(item.sku as string).slice(3) as ShopProduct].stock,
      })),
    },
  })

  const { result: brands } = await createBrandsWorkflow(container).run({
    input: { brands: [{ name: "Acme" }, { name: "Other" }] },
  })
  for (const [index, brand] of ["acme", "other"].entries()) {
    await setBrandProductsWorkflow(container).run({
      input: {
        brand_id: brands[index].id,
        add: names.filter((n) => PRODUCTS[n].brand === brand).map((n) => products[n]),
      },
    })
  }

  const orders = await container.resolve(Modules.ORDER).createOrders(
    ORDERS.map((lines) => ({
      email: "shopper@example.com",
      currency_code: "eur",
      items: lines.map(([name, quantity]) => ({ title: name, quantity, unit_price: 10, product_id: products[name] })),
    }))
  )
  for (const order of orders) await emitAndWait(container, "order.placed", { id: order.id })
  return { key: token, regionId: region.id, salesChannelId, products, variants, categories }
}
