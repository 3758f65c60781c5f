import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { BuyableChange } from "./models/buyable-change"
import { BuyableProductRow } from "./models/buyable-product-row"
import { buyableSnapshot, type SnapshotContext, type SnapshotEntry } from "./repositories/buyable-snapshot"

type Manager = SqlEntityManager
const managerOf = (context: Context) => context.manager as Manager

/**
 * The snapshot of what shoppers can buy, per product, region and sales channel (see core's `buyableNow`): read
 * many at once, kept by checks that started at a known database time, refreshed when products change. The
 * business rule of "buyable" is core's `buyableProducts` (Medusa's pricing and inventory); this module keeps
 * its answers.
 */
class BuyableModuleService extends MedusaService({ BuyableProductRow, BuyableChange }) {
  @InjectManager()
  async readSnapshot(
    productIds: readonly string[],
    context: SnapshotContext,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ read_at: Date; entries: SnapshotEntry[] }> {
    return buyableSnapshot.read(managerOf(sharedContext), productIds, context)
  }

  @InjectManager()
  async keepSnapshot(
    entries: readonly SnapshotEntry[],
    context: SnapshotContext,
    checkedAt: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await buyableSnapshot.write(managerOf(sharedContext), entries, context, checkedAt)
  }

  /** Records a change of these products; answers the time from which a new check of them counts. */
  @InjectManager()
  async markChanged(productIds: readonly string[], @MedusaContext() sharedContext: Context = {}): Promise<Date> {
    return buyableSnapshot.markChanged(managerOf(sharedContext), productIds)
  }

  @InjectManager()
  async snapshotContexts(@MedusaContext() sharedContext: Context = {}): Promise<SnapshotContext[]> {
    return buyableSnapshot.contexts(managerOf(sharedContext))
  }

  @InjectManager()
  async dropUnchecked(
    context: SnapshotContext,
    before: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    return buyableSnapshot.dropUnchecked(managerOf(sharedContext), context, before)
  }
}

export default BuyableModuleService
