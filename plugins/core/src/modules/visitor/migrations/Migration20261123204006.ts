import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123204006 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "tp_visitor_profile" drop constraint if exists "tp_visitor_profile_customer_id_unique";`);
    this.addSql(`alter table if exists "tp_visitor_order" drop constraint if exists "tp_visitor_order_order_id_unique";`);
    this.addSql(`alter table if exists "tp_visitor_identity" drop constraint if exists "tp_visitor_identity_anonymous_id_unique";`);
    this.addSql(`create table if not exists "tp_visitor_event" ("id" text not null, "profile_id" text not null, "anonymous_id" text not null, "type" text not null, "occurred_at" timestamptz not null, "product_id" text null, "variant_id" text null, "category_id" text null, "cart_id" text null, "quantity" integer null, "query" text null, "url" text null, "referrer" text null, "title" text null, "utm" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tp_visitor_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_visitor_event_deleted_at" ON "tp_visitor_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_visitor_event_profile_id_occurred_at" ON "tp_visitor_event" ("profile_id", "occurred_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_visitor_event_occurred_at" ON "tp_visitor_event" ("occurred_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "tp_visitor_identity" ("id" text not null, "anonymous_id" text not null, "profile_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tp_visitor_identity_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_visitor_identity_deleted_at" ON "tp_visitor_identity" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_tp_visitor_identity_anonymous_id_unique" ON "tp_visitor_identity" ("anonymous_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_visitor_identity_profile_id" ON "tp_visitor_identity" ("profile_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "tp_visitor_order" ("id" text not null, "order_id" text not null, "profile_id" text not null, "customer_id" text not null, "currency_code" text not null, "total" numeric not null, "placed_at" timestamptz not null, "raw_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tp_visitor_order_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_visitor_order_deleted_at" ON "tp_visitor_order" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_tp_visitor_order_order_id_unique" ON "tp_visitor_order" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_visitor_order_profile_id" ON "tp_visitor_order" ("profile_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "tp_visitor_profile" ("id" text not null, "customer_id" text null, "visits" integer not null default 0, "visits_since_last_order" integer not null default 0, "event_count" integer not null default 0, "page_views" integer not null default 0, "searches" integer not null default 0, "add_to_carts" integer not null default 0, "checkouts_started" integer not null default 0, "first_seen_at" timestamptz null, "last_seen_at" timestamptz null, "first_utm" jsonb null, "last_utm" jsonb null, "product_views" jsonb not null default '{}', "category_views" jsonb not null default '{}', "recent_product_ids" jsonb not null default '[]', "last_cart_id" text null, "order_count" integer not null default 0, "last_order_at" timestamptz null, "total_spent" jsonb not null default '{}', "analytics_consent" boolean null, "consent_source" text null, "consent_updated_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tp_visitor_profile_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_visitor_profile_deleted_at" ON "tp_visitor_profile" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_tp_visitor_profile_customer_id_unique" ON "tp_visitor_profile" ("customer_id") WHERE customer_id IS NOT NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "tp_visitor_event" cascade;`);

    this.addSql(`drop table if exists "tp_visitor_identity" cascade;`);

    this.addSql(`drop table if exists "tp_visitor_order" cascade;`);

    this.addSql(`drop table if exists "tp_visitor_profile" cascade;`);
  }

}
