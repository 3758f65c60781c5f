import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126185521 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "tp_segment_member" drop constraint if exists "tp_segment_member_segment_id_customer_id_unique";`);
    this.addSql(`alter table if exists "tp_offer_event" drop constraint if exists "tp_offer_event_offer_id_kind_dedupe_key_unique";`);
    this.addSql(`alter table if exists "tp_offer_cart" drop constraint if exists "tp_offer_cart_cart_id_unique";`);
    this.addSql(`create table if not exists "tp_offer" ("id" text not null, "name" text not null, "segment_ids" jsonb not null, "promotion_id" text not null, "priority" integer not null default 0, "status" text check ("status" in ('active', 'paused')) not null default 'active', "starts_at" timestamptz null, "ends_at" timestamptz null, "placements" jsonb not null, "content" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tp_offer_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_offer_deleted_at" ON "tp_offer" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_offer_promotion_id" ON "tp_offer" ("promotion_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "tp_offer_cart" ("id" text not null, "cart_id" text not null, "profile_id" text not null, "offer_id" text null, "segment_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tp_offer_cart_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_offer_cart_deleted_at" ON "tp_offer_cart" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_tp_offer_cart_cart_id_unique" ON "tp_offer_cart" ("cart_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "tp_offer_event" ("id" text not null, "offer_id" text not null, "segment_id" text null, "kind" text check ("kind" in ('shown', 'clicked', 'applied', 'redeemed')) not null, "dedupe_key" text not null, "cart_id" text null, "order_id" text null, "amount" numeric null, "currency_code" text null, "raw_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tp_offer_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_offer_event_deleted_at" ON "tp_offer_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_tp_offer_event_offer_id_kind_dedupe_key_unique" ON "tp_offer_event" ("offer_id", "kind", "dedupe_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_offer_event_created_at" ON "tp_offer_event" ("created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "tp_segment" ("id" text not null, "name" text not null, "description" text null, "rule" jsonb not null, "status" text check ("status" in ('active', 'paused')) not null default 'active', "mirror_to_group" boolean not null default false, "customer_group_id" text null, "email_offer" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tp_segment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_segment_deleted_at" ON "tp_segment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_segment_status" ON "tp_segment" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "tp_segment_member" ("id" text not null, "segment_id" text not null, "customer_id" text not null, "entered_at" timestamptz not null, "emailed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tp_segment_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_segment_member_deleted_at" ON "tp_segment_member" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_tp_segment_member_segment_id_customer_id_unique" ON "tp_segment_member" ("segment_id", "customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_segment_member_customer_id" ON "tp_segment_member" ("customer_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "tp_offer" cascade;`);

    this.addSql(`drop table if exists "tp_offer_cart" cascade;`);

    this.addSql(`drop table if exists "tp_offer_event" cascade;`);

    this.addSql(`drop table if exists "tp_segment" cascade;`);

    this.addSql(`drop table if exists "tp_segment_member" cascade;`);
  }

}
