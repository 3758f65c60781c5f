import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126120806 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "tp_wishlist_alert" ("id" text not null, "customer_id" text not null, "item_id" text not null, "variant_id" text not null, "product_id" text null, "kind" text check ("kind" in ('price_dropped', 'back_in_stock')) not null, "currency_code" text null, "previous_amount" numeric null, "amount" numeric null, "status" text check ("status" in ('pending', 'sent', 'skipped')) not null default 'pending', "reason" text null, "send_id" text null, "raw_previous_amount" jsonb null, "raw_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tp_wishlist_alert_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_wishlist_alert_deleted_at" ON "tp_wishlist_alert" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_wishlist_alert_status_customer_id_created_at" ON "tp_wishlist_alert" ("status", "customer_id", "created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "tp_wishlist_alert" cascade;`);
  }

}
