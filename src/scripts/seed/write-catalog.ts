import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createCollectionsWorkflow,
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createProductTagsWorkflow,
  createProductTypesWorkflow,
} from "@medusajs/medusa/core-flows"
import { BRAND_MODULE, type BrandModuleService } from "@touchpoints/core/modules/brand"
import { BRANDS, CATEGORIES, COLLECTIONS } from "./catalog-data"
import { must, type SeedContext, type StoreRefs } from "./context"
import type { CatalogPlan } from "./plan-catalog"

/** Written product: ids by handle, and variant ids in plan order. */
export type CatalogRefs = Map<
  string,
  {
    id: string
    title: string
    handle: string
    thumbnail: string
    type: string
    variants: {
      id: string
      sku: string
      title: string
      inventoryItemId: string
      unitPrice: { eur: number; usd: number }
    }[]
  }
>

/** Categories, types, tags, collections, brands, products with EUR/USD prices, stock levels, brand links. */
export async function writeCatalog(
  { container }: SeedContext,
  store: StoreRefs,
  plan: CatalogPlan
): Promise<{ refs: CatalogRefs; brands: number; categories: number }> {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const inventoryService = container.resolve(Modules.INVENTORY)
  const brandService = container.resolve<BrandModuleService>(BRAND_MODULE)

  // two-level category tree
  const { result: tops } = await createProductCategoriesWorkflow(container).run({
    input: {
      product_categories: CATEGORIES.map((c, rank) => ({ name: c.name, handle: c.handle, is_active: true, rank })),
    },
  })
  const topId = new Map(tops.map((c) => [c.handle, c.id]))
  const { result: subs } = await createProductCategoriesWorkflow(container).run({
    input: {
      product_categories: CATEGORIES.flatMap((c) =>
        c.children.map((child, rank) => ({
          name: child.name,
          handle: child.handle,
          is_active: true,
          rank,
          parent_category_id: topId.get(c.handle),
        }))
      ),
    },
  })
  const subId = new Map(subs.map((c) => [c.handle, c.id]))

  const typeValues = [...new Set(plan.products.map((p) => p.type))].sort()
  const { result: types } = await createProductTypesWorkflow(container).run({
    input: { product_types: typeValues.map((value) => ({ value })) },
  })
  const typeId = new Map(types.map((t) => [t.value, t.id]))

  const tagValues = [...new Set(plan.products.flatMap((p) => p.tags))].sort()
  const { result: tags } = await createProductTagsWorkflow(container).run({
    input: { product_tags: tagValues.map((value) => ({ value })) },
  })
  const tagId = new Map(tags.map((t) => [t.value, t.id]))

  const { result: collections } = await createCollectionsWorkflow(container).run({
    input: { collections: COLLECTIONS.map((c) => ({ title: c.title, handle: c.handle })) },
  })
  const collectionId = new Map(collections.map((c) => [c.handle, c.id]))

  const brands = await brandService.createBrands(
    BRANDS.map((b) => ({ name: b.name, handle: b.handle, description: b.description }))
  )
  const brandId = new Map(brands.map((b) => [b.handle, b.id]))

  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: plan.products.map((p) => ({
        title: p.title,
        handle: p.handle,
        description: p.description,
        status: p.status === "published" ? ProductStatus.PUBLISHED : ProductStatus.DRAFT,
        thumbnail: p.thumbnail,
        images: [{ url: p.thumbnail }],
        category_ids: [must(subId, p.sub, "category")],
        type_id: typeId.get(p.type),
        tag_ids: p.tags.map((t) => must(tagId, t, "tag")),
        collection_id: p.collection ? collectionId.get(p.collection) : undefined,
        shipping_profile_id: store.shippingProfileId,
        sales_channels: [{ id: store.salesChannelId }],
        metadata: p.discontinued ? { discontinued: true } : undefined,
        options: [p.option],
        variants: p.variants.map((v) => ({
          title: v.title,
          sku: v.sku,
          options: v.options,
          manage_inventory: true,
          allow_backorder: v.allowBackorder,
          prices: [
            { amount: v.eur, currency_code: "eur" },
            { amount: v.usd, currency_code: "usd" },
          ],
        })),
      })),
    },
  })

  const skus = plan.products.flatMap((p) => p.variants.map((v) => v.sku))
  const items = await inventoryService.listInventoryItems({ sku: skus }, { take: skus.length })
  const itemBySku = new Map(items.map((i) => [i.sku, i.id]))

  const stockBySku = new Map(plan.products.flatMap((p) => p.variants.map((v) => [v.sku, v.stock] as const)))
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: skus.map((sku) => ({
        location_id: store.locationId,
        inventory_item_id: must(itemBySku, sku, "inventory item for"),
        stocked_quantity: stockBySku.get(sku) ?? 0,
      })),
    },
  })

  const refs: CatalogRefs = new Map()
  for (const product of products) {
    const p = plan.byHandle.get(product.handle)
    if (!p) {
      continue
    }
    const variantBySku = new Map((product.variants ?? []).map((v) => [v.sku, v]))
    refs.set(p.handle, {
      id: product.id,
      title: product.title,
      handle: product.handle,
      thumbnail: p.thumbnail,
      type: p.type,
      variants: p.variants.map((v) => {
        const variant = variantBySku.get(v.sku)
        const inventoryItemId = itemBySku.get(v.sku)
        if (!variant || !inventoryItemId) {
          throw new Error(`seed: variant ${v.sku} was not created`)
        }
        return { id: variant.id, sku: v.sku, title: v.title, inventoryItemId, unitPrice: { eur: v.eur, usd: v.usd } }
      }),
    })
  }

  await link.create(
    plan.products.map((p) => ({
      [Modules.PRODUCT]: { product_id: must(refs, p.handle, "product").id },
      [BRAND_MODULE]: { brand_id: must(brandId, p.brand, "brand") },
    }))
  )

  return { refs, brands: brands.length, categories: tops.length + subs.length }
}
