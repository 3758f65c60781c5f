import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import { Curation } from "./models/curation"
import { GroupSettings } from "./models/group-settings"
import { ProductMemory } from "./models/product-memory"
import { type GroupKey, type NextStepsOptions, parseNextStepsOptions } from "./options"

type Manager = SqlEntityManager

/** A product as remembered (what `productFacets` reads, plus when it left the catalog and its replacement). */
export type MemoryRow = {
  product_id: string
  handle: string
  title: string
  status: string
  discontinued: boolean
  category_ids: string[]
  parent_category_ids: string[]
  type_id: string | null
  tag_ids: string[]
  collection_id: string | null
  brand_id: string | null
  brand_name: string | null
  deleted_from_catalog_at: Date | null
  replacement_product_id: string | null
}

export type RememberedProduct = Omit<MemoryRow, "deleted_from_catalog_at" | "replacement_product_id">

export type CurationRow = {
  product_id: string
  group: GroupKey
  target_id: string
  action: "pin" | "exclude"
  position: number
}

export type GroupSettingsValue = {
  group_order: GroupKey[]
  groups: Record<GroupKey, { title: string; size: number }>
}

const MEMORY_COLUMNS =
  "product_id, handle, title, status, discontinued, category_ids, parent_category_ids, type_id, tag_ids, collection_id, brand_id, brand_name, deleted_from_catalog_at, replacement_product_id"

/**
 * The plugin's own data: what it remembers of products (for gone product pages), the owner's pins and
 * exclusions per group, and the owner's group settings. Links themselves are computed from Medusa's catalog.
 */
export default class NextStepsModuleService extends MedusaService({ ProductMemory, Curation, GroupSettings }) {
  readonly settings: NextStepsOptions

  constructor(container: Record<string, unknown>, options: unknown) {
    super(container)
    this.settings = parseNextStepsOptions(options)
  }

  /** Remembers products as they are now (a product back in the catalog is no longer deleted). */
  @InjectTransactionManager()
  async remember(products: RememberedProduct[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    const manager = sharedContext.transactionManager as Manager
    for (let start = 0; start < products.length; start += 200) {
      const chunk = products.slice(start, start + 200)
      await manager.execute(
        `INSERT INTO tp_ns_product_memory (id, product_id, handle, title, status, discontinued, category_ids,
           parent_category_ids, type_id, tag_ids, collection_id, brand_id, brand_name, created_at, updated_at)
         VALUES ${chunk.map(() => "(?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?::jsonb, ?, ?, ?, now(), now())").join(", ")}
         ON CONFLICT (product_id) WHERE deleted_at IS NULL DO UPDATE SET
           handle = EXCLUDED.handle, title = EXCLUDED.title, status = EXCLUDED.status,
           discontinued = EXCLUDED.discontinued, category_ids = EXCLUDED.category_ids,
           parent_category_ids = EXCLUDED.parent_category_ids, type_id = EXCLUDED.type_id,
           tag_ids = EXCLUDED.tag_ids, collection_id = EXCLUDED.collection_id, brand_id = EXCLUDED.brand_id,
           brand_name = EXCLUDED.brand_name, deleted_from_catalog_at = NULL, updated_at = now()`,
        chunk.flatMap((product) => [
          generateEntityId(undefined, "tpnsm"),
          product.product_id,
          product.handle,
          product.title,
          product.status,
          product.discontinued,
          JSON.stringify(product.category_ids),
          JSON.stringify(product.parent_category_ids),
          product.type_id,
          JSON.stringify(product.tag_ids),
          product.collection_id,
          product.brand_id,
          product.brand_name,
        ])
      )
    }
  }

  /** Marks products as deleted from the catalog (kept, so their pages can still lead somewhere). */
  @InjectTransactionManager()
  async rememberDeleted(productIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    const manager = sharedContext.transactionManager as Manager
    if (!productIds.length) return []
    const rows = await manager.execute<{ product_id: string }[]>(
      `UPDATE tp_ns_product_memory SET deleted_from_catalog_at = now(), updated_at = now()
       WHERE product_id IN (${productIds.map(() => "?").join(", ")}) AND deleted_from_catalog_at IS NULL
         AND deleted_at IS NULL RETURNING product_id`,
      productIds
    )
    return rows.map((row) => row.product_id)
  }

  /** Takes a deletion mark off again (compensation). */
  @InjectTransactionManager()
  async forgetDeletion(productIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    const manager = sharedContext.transactionManager as Manager
    if (!productIds.length) return
    await manager.execute(
      `UPDATE tp_ns_product_memory SET deleted_from_catalog_at = NULL, updated_at = now()
       WHERE product_id IN (${productIds.map(() => "?").join(", ")}) AND deleted_at IS NULL`,
      productIds
    )
  }

  /** Remembered products by id. */
  @InjectManager()
  async memoryOf(productIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<MemoryRow[]> {
    const manager = sharedContext.manager as Manager
    if (!productIds.length) return []
    return manager.execute(
      `SELECT ${MEMORY_COLUMNS} FROM tp_ns_product_memory
       WHERE product_id IN (${productIds.map(() => "?").join(", ")}) AND deleted_at IS NULL`,
      productIds
    )
  }

  /** The product last remembered under a handle (a handle may have been reused), or null. */
  @InjectManager()
  async memoryOfHandle(handle: string, @MedusaContext() sharedContext: Context = {}): Promise<MemoryRow | null> {
    const manager = sharedContext.manager as Manager
    const [row] = await manager.execute<MemoryRow[]>(
      `SELECT ${MEMORY_COLUMNS} FROM tp_ns_product_memory WHERE handle = ? AND deleted_at IS NULL
       ORDER BY deleted_from_catalog_at DESC NULLS FIRST, updated_at DESC LIMIT 1`,
      [handle]
    )
    return row ?? null
  }

  /** Every remembered product still in the catalog (for the reconciliation). */
  @InjectManager()
  async rememberedInCatalog(@MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    const manager = sharedContext.manager as Manager
    const rows = await manager.execute<{ product_id: string }[]>(
      "SELECT product_id FROM tp_ns_product_memory WHERE deleted_from_catalog_at IS NULL AND deleted_at IS NULL"
    )
    return rows.map((row) => row.product_id)
  }

  /** Sets (or clears, with null) a product's replacement; answers the previous one. */
  @InjectTransactionManager()
  async setReplacement(
    input: { productId: string; replacementId: string | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string | null> {
    const manager = sharedContext.transactionManager as Manager
    const [previous] = await manager.execute<{ replacement_product_id: string | null }[]>(
      `SELECT replacement_product_id FROM tp_ns_product_memory WHERE product_id = ? AND deleted_at IS NULL FOR UPDATE`,
      [input.productId]
    )
    await manager.execute(
      `UPDATE tp_ns_product_memory SET replacement_product_id = ?, updated_at = now()
       WHERE product_id = ? AND deleted_at IS NULL`,
      [input.replacementId, input.productId]
    )
    return previous?.replacement_product_id ?? null
  }

  /**
   * Remembered products a page at a time: `replaced` = every product the owner named a replacement for (newest
   * change first); `gone` = every unpublished, discontinued or deleted product, those without a replacement first.
   */
  @InjectManager()
  async listReplacements(
    input: { show: "replaced" | "gone"; limit: number; offset: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ rows: MemoryRow[]; count: number }> {
    const manager = sharedContext.manager as Manager
    const where =
      input.show === "replaced"
        ? "replacement_product_id IS NOT NULL"
        : "(status <> 'published' OR discontinued OR deleted_from_catalog_at IS NOT NULL)"
    const order = input.show === "replaced" ? "" : "(replacement_product_id IS NOT NULL), "
    const [{ count }] = await manager.execute<{ count: string }[]>(
      `SELECT count(*) AS count FROM tp_ns_product_memory WHERE ${where} AND deleted_at IS NULL`
    )
    const rows = await manager.execute<MemoryRow[]>(
      `SELECT ${MEMORY_COLUMNS} FROM tp_ns_product_memory WHERE ${where} AND deleted_at IS NULL
       ORDER BY ${order}updated_at DESC, product_id LIMIT ? OFFSET ?`,
      [input.limit, input.offset]
    )
    return { rows, count: Number(count) }
  }

  /** Pins and exclusions that apply to a product's page (its own and the store-wide ones). */
  @InjectManager()
  async curationsFor(productId: string, @MedusaContext() sharedContext: Context = {}): Promise<CurationRow[]> {
    const manager = sharedContext.manager as Manager
    return manager.execute(
      `SELECT product_id, "group", target_id, action, position FROM tp_ns_curation
       WHERE product_id IN (?, '*') AND deleted_at IS NULL ORDER BY position, created_at, target_id`,
      [productId]
    )
  }

  /** Replaces every pin and exclusion of a product page (or "*") at once; answers the previous ones. */
  @InjectTransactionManager()
  async replaceCurations(
    input: { productId: string; rows: Omit<CurationRow, "product_id">[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CurationRow[]> {
    const manager = sharedContext.transactionManager as Manager
    await manager.execute("SELECT pg_advisory_xact_lock(hashtext(?))", [`tp_ns_curation:${input.productId}`])
    const previous = await manager.execute<CurationRow[]>(
      `DELETE FROM tp_ns_curation WHERE product_id = ? AND deleted_at IS NULL
       RETURNING product_id, "group", target_id, action, position`,
      [input.productId]
    )
    for (const row of input.rows) {
      await manager.execute(
        `INSERT INTO tp_ns_curation (id, product_id, "group", target_id, action, position, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, now(), now())`,
        [generateEntityId(undefined, "tpnsc"), input.productId, row.group, row.target_id, row.action, row.position]
      )
    }
    return previous.sort((a, b) => a.position - b.position)
  }

  /** The owner's group settings over the plugin options. */
  @InjectManager()
  async groupSettings(@MedusaContext() sharedContext: Context = {}): Promise<GroupSettingsValue> {
    const manager = sharedContext.manager as Manager
    const [row] = await manager.execute<Partial<GroupSettingsValue>[]>(
      "SELECT group_order, groups FROM tp_ns_group_settings WHERE deleted_at IS NULL ORDER BY created_at LIMIT 1"
    )
    const { titles, limit } = this.settings
    const defaults: GroupSettingsValue = {
      group_order: ["similar", "brand", "for_you"],
      groups: {
        similar: { title: titles.similar, size: limit },
        brand: { title: titles.brand, size: limit },
        for_you: { title: titles.for_you, size: limit },
      },
    }
    if (!row) return defaults
    return {
      group_order: row.group_order ?? defaults.group_order,
      groups: {
        similar: { ...defaults.groups.similar, ...row.groups?.similar },
        brand: { ...defaults.groups.brand, ...row.groups?.brand },
        for_you: { ...defaults.groups.for_you, ...row.groups?.for_you },
      },
    }
  }

  /** Saves the owner's group settings (whole); answers the previous stored value (null: none). */
  @InjectTransactionManager()
  async saveGroupSettings(
    value: GroupSettingsValue | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<GroupSettingsValue | null> {
    const manager = sharedContext.transactionManager as Manager
    await manager.execute("SELECT pg_advisory_xact_lock(hashtext('tp_ns_group_settings'))")
    const [previous] = await manager.execute<GroupSettingsValue[]>(
      "DELETE FROM tp_ns_group_settings WHERE deleted_at IS NULL RETURNING group_order, groups"
    )
    if (value) {
      await manager.execute(
        `INSERT INTO tp_ns_group_settings (id, group_order, groups, created_at, updated_at)
         VALUES (?, ?::jsonb, ?::jsonb, now(), now())`,
        [generateEntityId(undefined, "tpnss"), JSON.stringify(value.group_order), JSON.stringify(value.groups)]
      )
    }
    return previous ?? null
  }
}
