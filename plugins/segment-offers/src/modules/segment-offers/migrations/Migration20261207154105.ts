import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Segments move under the module's one table prefix, `tp_offer`: `tp_segment` becomes `tp_offer_segment` and
 * `tp_segment_member` becomes `tp_offer_segment_member`. Renamed in place, with their keys and indexes, so every
 * segment and membership stays (the generator would have dropped and re-created the tables).
 */
const RENAMES: [table: string, renamed: string, indexes: string[]][] = [
  ["tp_segment", "tp_offer_segment", ["deleted_at", "status"]],
  ["tp_segment_member", "tp_offer_segment_member", ["deleted_at", "segment_id_customer_id_unique", "customer_id"]],
]

export class Migration20261207154105 extends Migration {
  override async up(): Promise<void> {
    for (const [table, renamed, indexes] of RENAMES) this.rename(table, renamed, indexes)
  }

  override async down(): Promise<void> {
    for (const [table, renamed, indexes] of RENAMES) this.rename(renamed, table, indexes)
  }

  private rename(from: string, to: string, indexes: string[]) {
    this.addSql(`alter table if exists "${from}" rename to "${to}";`)
    this.addSql(`alter table if exists "${to}" rename constraint "${from}_pkey" to "${to}_pkey";`)
    for (const index of indexes) {
      this.addSql(`alter index if exists "IDX_${from}_${index}" rename to "IDX_${to}_${index}";`)
    }
  }
}
