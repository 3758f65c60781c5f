import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124014347 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "tp_visitor_event" add column if not exists "placement" text null, add column if not exists "anchor_product_id" text null, add column if not exists "product_ids" jsonb null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_visitor_event_placement_occurred_at" ON "tp_visitor_event" ("placement", "occurred_at") WHERE placement IS NOT NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_tp_visitor_event_placement_occurred_at";`);
    this.addSql(`alter table if exists "tp_visitor_event" drop column if exists "placement", drop column if exists "anchor_product_id", drop column if exists "product_ids";`);
  }

}
