import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"

export type Catalog = {
  regionId: string
  usRegionId: string
  locationId: string
  /** variant ids: tea (EUR 10, 50 in stock), cup (EUR 20, 5), kettle (EUR 40, sold out), hidden (draft product) */
  variants: { tea: string; cup: string; kettle: string; hidden: string }
  products: { tea: string; cup: string; kettle: string; hidden: string }
  inventoryItems: Record<"tea" | "cup" | "kettle" | "hidden", string>
}

const PRODUCTS = [
  { key: "tea", title: "Green Tea", eur: 10, usd: 12, stock: 50, status: ProductStatus.PUBLISHED },
  { key: "cup", title: "Stoneware Cup", eur: 20, usd: 22, stock: 5, status: ProductStatus.PUBLISHED },
  { key: "kettle", title: "Copper Kettle", eur: 40, usd: 45, stock: 0, status: ProductStatus.PUBLISHED },
  { key: "hidden", title: "Secret Blend", eur: 15, usd: 17, stock: 10, status: ProductStatus.DRAFT },
] as const

/** Two regions, a stock location in the key's sales channel and four products with prices and stock. */
export async function createCatalog(container: MedusaContainer, salesChannelId: string): Promise<Catalog> {
  const { result: regions } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        { name: "Europe", currency_code: "eur", countries: ["de", "fr"] },
        { name: "United States", currency_code: "usd", countries: ["us"] },
      ],
    },
  })
  const {
    result: [location],
  } = await createStockLocationsWorkflow(container).run({ input: { locations: [{ name: "Warehouse" }] } })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [salesChannelId] } })

  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: PRODUCTS.map((product) => ({
        title: product.title,
        handle: product.key,
        status: product.status,
        thumbnail: `https://cdn.example/${product.key}.jpg`,
        sales_channels: [{ id: salesChannelId }],
        options: [{ title: "Size", values: ["One size"] }],
        variants: [
          {
            title: "One size",
            sku: `sku-${product.key}`,
            options: { Size: "One size" },
            manage_inventory: true,
            allow_backorder: false,
            prices: [
              { amount: product.eur, currency_code: "eur" },
              { amount: product.usd, currency_code: "usd" },
            ],
          },
        ],
      })),
    },
  })
  const inventory = container.resolve(Modules.INVENTORY)
  const items = await inventory.listInventoryItems({ sku: PRODUCTS.map((product) => `sku-${product.key}`) })
  const itemBySku = new Map(items.map((item) => [item.sku, item.id]))
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: PRODUCTS.map((product) => ({
        location_id: location.id,
        inventory_item_id: itemBySku.get(`sku-${product.key}`) as string,
        stocked_quantity: product.stock,
      })),
    },
  })

  const byKey = (key: string) => products.find((product) => product.handle === key)
  const pick = <T>(get: (key: (typeof PRODUCTS)[number]["key"]) => T) =>
    Object.fromEntries(PRODUCTS.map((product) => [product.key, get(product.key)])) as Record<
      (typeof PRODUCTS)[number]["key"],
      T
    >
  return {
    regionId: regions.find((region) => region.currency_code === "eur")?.id as string,
    usRegionId: regions.find((region) => region.currency_code === "usd")?.id as string,
    locationId: location.id,
    variants: pick((key) => byKey(key)?.variants?.[0]?.id as string),
    products: pick((key) => byKey(key)?.id as string),
    inventoryItems: pick((key) => itemBySku.get(`sku-${key}`) as string),
  }
}
