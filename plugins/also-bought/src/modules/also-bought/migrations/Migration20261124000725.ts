import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124000725 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "tp_ab_product" drop constraint if exists "tp_ab_product_product_id_unique";`);
    this.addSql(`alter table if exists "tp_ab_pair" drop constraint if exists "tp_ab_pair_product_a_product_b_unique";`);
    this.addSql(`alter table if exists "tp_ab_order" drop constraint if exists "tp_ab_order_order_id_unique";`);
    this.addSql(`create table if not exists "tp_ab_order" ("id" text not null, "order_id" text not null, "product_ids" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tp_ab_order_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_ab_order_deleted_at" ON "tp_ab_order" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_tp_ab_order_order_id_unique" ON "tp_ab_order" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "tp_ab_pair" ("id" text not null, "product_a" text not null, "product_b" text not null, "orders" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tp_ab_pair_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_ab_pair_deleted_at" ON "tp_ab_pair" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_tp_ab_pair_product_a_product_b_unique" ON "tp_ab_pair" ("product_a", "product_b") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_ab_pair_product_b" ON "tp_ab_pair" ("product_b") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "tp_ab_product" ("id" text not null, "product_id" text not null, "orders" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tp_ab_product_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_ab_product_deleted_at" ON "tp_ab_product" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_tp_ab_product_product_id_unique" ON "tp_ab_product" ("product_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "tp_ab_order" cascade;`);

    this.addSql(`drop table if exists "tp_ab_pair" cascade;`);

    this.addSql(`drop table if exists "tp_ab_product" cascade;`);
  }

}
