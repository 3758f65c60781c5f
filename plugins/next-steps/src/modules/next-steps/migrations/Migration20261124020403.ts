import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124020403 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "tp_ns_product_memory" drop constraint if exists "tp_ns_product_memory_product_id_unique";`);
    this.addSql(`alter table if exists "tp_ns_curation" drop constraint if exists "tp_ns_curation_product_id_group_target_id_unique";`);
    this.addSql(`create table if not exists "tp_ns_curation" ("id" text not null, "product_id" text not null, "group" text check ("group" in ('similar', 'brand', 'for_you')) not null, "target_id" text not null, "action" text check ("action" in ('pin', 'exclude')) not null, "position" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tp_ns_curation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_ns_curation_deleted_at" ON "tp_ns_curation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_tp_ns_curation_product_id_group_target_id_unique" ON "tp_ns_curation" ("product_id", "group", "target_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "tp_ns_group_settings" ("id" text not null, "group_order" jsonb not null, "groups" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tp_ns_group_settings_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_ns_group_settings_deleted_at" ON "tp_ns_group_settings" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "tp_ns_product_memory" ("id" text not null, "product_id" text not null, "handle" text not null, "title" text not null, "status" text not null, "discontinued" boolean not null default false, "category_ids" jsonb not null, "parent_category_ids" jsonb not null, "type_id" text null, "tag_ids" jsonb not null, "collection_id" text null, "brand_id" text null, "brand_name" text null, "deleted_from_catalog_at" timestamptz null, "replacement_product_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tp_ns_product_memory_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_ns_product_memory_deleted_at" ON "tp_ns_product_memory" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_tp_ns_product_memory_product_id_unique" ON "tp_ns_product_memory" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_ns_product_memory_handle" ON "tp_ns_product_memory" ("handle") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "tp_ns_curation" cascade;`);

    this.addSql(`drop table if exists "tp_ns_group_settings" cascade;`);

    this.addSql(`drop table if exists "tp_ns_product_memory" cascade;`);
  }

}
