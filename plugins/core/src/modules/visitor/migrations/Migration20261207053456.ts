import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207053456 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "tp_visitor_cart" drop constraint if exists "tp_visitor_cart_cart_id_unique";`);
    this.addSql(`create table if not exists "tp_visitor_cart" ("id" text not null, "cart_id" text not null, "anonymous_id" text not null, "source" text not null, "associated_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tp_visitor_cart_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_visitor_cart_deleted_at" ON "tp_visitor_cart" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_tp_visitor_cart_cart_id_unique" ON "tp_visitor_cart" ("cart_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "tp_visitor_order" alter column "customer_id" type text using ("customer_id"::text);`);
    this.addSql(`alter table if exists "tp_visitor_order" alter column "customer_id" drop not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "tp_visitor_cart" cascade;`);

    this.addSql(`alter table if exists "tp_visitor_order" alter column "customer_id" type text using ("customer_id"::text);`);
    this.addSql(`alter table if exists "tp_visitor_order" alter column "customer_id" set not null;`);
  }

}
