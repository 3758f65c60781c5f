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
import { type GroupSettingsValue, groupSettings } from "./repositories/group-settings"
import { type CurationRow, pageCurations } from "./repositories/page-curations"
import { type MemoryRow, productMemory, type RememberedProduct } from "./repositories/product-memory"

export type { GroupSettingsValue } from "./repositories/group-settings"
export type { CurationRow } from "./repositories/page-curations"
export type { MemoryRow, RememberedProduct } from "./repositories/product-memory"

type Manager = SqlEntityManager

/** A change to the group settings: what is left out stays as it is. */
export type GroupSettingsPatch = {
  group_order?: GroupKey[]
  groups?: Partial<Record<GroupKey, Partial<{ title: string; size: number }>>>
}

/**
 * The plugin's own data: what it remembers of products (for gone product pages), the owner's pins and
 * exclusions per group, and the owner's group settings. Links themselves are computed from Medusa's catalog.
 * The SQL lives in repositories/; this class keeps the rules.
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
    await productMemory.upsert(
      sharedContext.transactionManager as Manager,
      products.map((product) => ({ ...product, id: generateEntityId(undefined, "tpnsm") }))
    )
  }

  /** Marks products as deleted from the catalog (kept, so their pages can still lead somewhere). */
  @InjectTransactionManager()
  async rememberDeleted(productIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    if (!productIds.length) return []
    return productMemory.markDeleted(sharedContext.transactionManager as Manager, productIds)
  }

  /** Takes a deletion mark off again (compensation). */
  @InjectTransactionManager()
  async forgetDeletion(productIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    if (!productIds.length) return
    await productMemory.unmarkDeleted(sharedContext.transactionManager as Manager, productIds)
  }

  /** Remembered products by id. */
  @InjectManager()
  async memoryOf(productIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<MemoryRow[]> {
    if (!productIds.length) return []
    return productMemory.byIds(sharedContext.manager as Manager, productIds)
  }

  /** The product last remembered under a handle (a handle may have been reused), or null. */
  @InjectManager()
  async memoryOfHandle(handle: string, @MedusaContext() sharedContext: Context = {}): Promise<MemoryRow | null> {
    return productMemory.lastByHandle(sharedContext.manager as Manager, handle)
  }

  /** Every remembered product still in the catalog (for the reconciliation). */
  @InjectManager()
  async rememberedInCatalog(@MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    return productMemory.idsInCatalog(sharedContext.manager as Manager)
  }

  /** Sets (or clears, with null) a product's replacement; answers the previous one. */
  @InjectTransactionManager()
  async setReplacement(
    input: { productId: string; replacementId: string | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string | null> {
    const manager = sharedContext.transactionManager as Manager
    return productMemory.replaceReplacement(manager, input.productId, input.replacementId)
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
    return productMemory.page(sharedContext.manager as Manager, input)
  }

  /** Pins and exclusions that apply to a product's page (its own and the store-wide ones). */
  @InjectManager()
  async curationsFor(productId: string, @MedusaContext() sharedContext: Context = {}): Promise<CurationRow[]> {
    return pageCurations.ofPage(sharedContext.manager as Manager, productId)
  }

  /** The pages with pins or exclusions of their own ("*": store-wide ones exist). */
  @InjectManager()
  async curatedPages(@MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    return pageCurations.curatedPages(sharedContext.manager as Manager)
  }

  /** Replaces every pin and exclusion of a product page (or "*") at once; answers the previous ones. */
  @InjectTransactionManager()
  async replaceCurations(
    input: { productId: string; rows: Omit<CurationRow, "product_id">[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CurationRow[]> {
    const manager = sharedContext.transactionManager as Manager
    await pageCurations.lock(manager, input.productId)
    const previous = await pageCurations.deleteOfPage(manager, input.productId)
    for (const row of input.rows) {
      await pageCurations.insert(manager, {
        ...row,
        id: generateEntityId(undefined, "tpnsc"),
        product_id: input.productId,
      })
    }
    return previous.sort((a, b) => a.position - b.position)
  }

  /** The owner's group settings over the plugin options. */
  @InjectManager()
  async groupSettings(@MedusaContext() sharedContext: Context = {}): Promise<GroupSettingsValue> {
    return this.overDefaults(await groupSettings.stored(sharedContext.manager as Manager))
  }

  /** Saves the owner's group settings (whole); answers the previous stored value (null: none). */
  @InjectTransactionManager()
  async saveGroupSettings(
    value: GroupSettingsValue | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<GroupSettingsValue | null> {
    const manager = sharedContext.transactionManager as Manager
    await groupSettings.lock(manager)
    const previous = await groupSettings.deleteStored(manager)
    if (value) await groupSettings.insert(manager, generateEntityId(undefined, "tpnss"), value)
    return previous
  }

  /**
   * Changes some group settings (what the patch leaves out stays as it is) in one transaction under the
   * settings lock, so two owners saving at once do not undo each other's change. Answers the settings now in
   * effect and the previous stored value (null: none), for compensation.
   */
  @InjectTransactionManager()
  async changeGroupSettings(
    patch: GroupSettingsPatch,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ value: GroupSettingsValue; previous: GroupSettingsValue | null }> {
    const manager = sharedContext.transactionManager as Manager
    await groupSettings.lock(manager)
    const current = this.overDefaults(await groupSettings.stored(manager))
    const value: GroupSettingsValue = {
      group_order: patch.group_order ?? current.group_order,
      groups: {
        similar: { ...current.groups.similar, ...patch.groups?.similar },
        brand: { ...current.groups.brand, ...patch.groups?.brand },
        for_you: { ...current.groups.for_you, ...patch.groups?.for_you },
      },
    }
    const previous = await groupSettings.deleteStored(manager)
    await groupSettings.insert(manager, generateEntityId(undefined, "tpnss"), value)
    return { value, previous }
  }

  /** Stored settings (possibly partial, or none) over the plugin options. */
  protected overDefaults(row: Partial<GroupSettingsValue> | null): GroupSettingsValue {
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
}
