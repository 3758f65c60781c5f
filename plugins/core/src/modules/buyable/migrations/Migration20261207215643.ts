import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207215643 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "tp_buyable_product" drop constraint if exists "tp_buyable_product_product_id_region_key_sales_channel_key_unique";`);
    this.addSql(`alter table if exists "tp_buyable_change" drop constraint if exists "tp_buyable_change_product_id_unique";`);
    this.addSql(`create table if not exists "tp_buyable_change" ("id" text not null, "product_id" text not null, "changed_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tp_buyable_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_buyable_change_deleted_at" ON "tp_buyable_change" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_tp_buyable_change_product_id_unique" ON "tp_buyable_change" ("product_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "tp_buyable_product" ("id" text not null, "product_id" text not null, "region_key" text not null, "sales_channel_key" text not null, "buyable" boolean not null, "product" jsonb null, "checked_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tp_buyable_product_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_buyable_product_deleted_at" ON "tp_buyable_product" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_tp_buyable_product_product_id_region_key_sales_channel_key_unique" ON "tp_buyable_product" ("product_id", "region_key", "sales_channel_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_buyable_product_checked_at" ON "tp_buyable_product" ("checked_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "tp_buyable_change" cascade;`);

    this.addSql(`drop table if exists "tp_buyable_product" cascade;`);
  }

}
