import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124014840 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "tp_ab_curation" drop constraint if exists "tp_ab_curation_product_id_companion_id_unique";`);
    this.addSql(`alter table if exists "tp_ab_bundle" drop constraint if exists "tp_ab_bundle_bundle_key_unique";`);
    this.addSql(`create table if not exists "tp_ab_bundle" ("id" text not null, "bundle_key" text not null, "product_ids" jsonb not null, "discount_percent" real not null, "promotion_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tp_ab_bundle_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_ab_bundle_deleted_at" ON "tp_ab_bundle" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_tp_ab_bundle_bundle_key_unique" ON "tp_ab_bundle" ("bundle_key") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "tp_ab_curation" ("id" text not null, "product_id" text not null, "companion_id" text not null, "action" text check ("action" in ('pin', 'block')) not null, "position" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tp_ab_curation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_ab_curation_deleted_at" ON "tp_ab_curation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_tp_ab_curation_product_id_companion_id_unique" ON "tp_ab_curation" ("product_id", "companion_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "tp_ab_order" add column if not exists "source" text check ("source" in ('order', 'import')) not null default 'order', add column if not exists "import_run" text null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_ab_order_import_run" ON "tp_ab_order" ("import_run") WHERE deleted_at IS NULL AND import_run IS NOT NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "tp_ab_bundle" cascade;`);

    this.addSql(`drop table if exists "tp_ab_curation" cascade;`);

    this.addSql(`drop index if exists "IDX_tp_ab_order_import_run";`);
    this.addSql(`alter table if exists "tp_ab_order" drop column if exists "source", drop column if exists "import_run";`);
  }

}
