import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123221906 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "tp_wishlist_item" drop constraint if exists "tp_wishlist_item_wishlist_id_variant_id_unique";`);
    this.addSql(`alter table if exists "tp_wishlist" drop constraint if exists "tp_wishlist_share_nonce_unique";`);
    this.addSql(`alter table if exists "tp_wishlist" drop constraint if exists "tp_wishlist_guest_key_unique";`);
    this.addSql(`alter table if exists "tp_wishlist" drop constraint if exists "tp_wishlist_customer_id_unique";`);
    this.addSql(`alter table if exists "tp_wishlist" drop constraint if exists "tp_wishlist_guest_key_name_key_unique";`);
    this.addSql(`alter table if exists "tp_wishlist" drop constraint if exists "tp_wishlist_customer_id_name_key_unique";`);
    this.addSql(`create table if not exists "tp_wishlist" ("id" text not null, "customer_id" text null, "guest_key" text null, "name" text not null, "name_key" text not null, "is_default" boolean not null default false, "share_nonce" text null, "share_expires_at" timestamptz null, "shared_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tp_wishlist_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_wishlist_deleted_at" ON "tp_wishlist" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_tp_wishlist_customer_id_name_key_unique" ON "tp_wishlist" ("customer_id", "name_key") WHERE customer_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_tp_wishlist_guest_key_name_key_unique" ON "tp_wishlist" ("guest_key", "name_key") WHERE guest_key IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_tp_wishlist_customer_id_unique" ON "tp_wishlist" ("customer_id") WHERE is_default = true AND customer_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_tp_wishlist_guest_key_unique" ON "tp_wishlist" ("guest_key") WHERE is_default = true AND guest_key IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_tp_wishlist_share_nonce_unique" ON "tp_wishlist" ("share_nonce") WHERE share_nonce IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "tp_wishlist_item" ("id" text not null, "wishlist_id" text not null, "variant_id" text not null, "product_id" text null, "quantity" integer not null, "note" text null, "line_metadata" jsonb null, "saved_price" jsonb null, "product_title" text null, "variant_title" text null, "product_handle" text null, "variant_sku" text null, "thumbnail" text null, "source" text check ("source" in ('manual', 'cart', 'merge')) not null default 'manual', "saved_at" timestamptz not null, "removed_at" timestamptz null, "removal" text check ("removal" in ('removed', 'moved_to_cart', 'merged')) null, "moved_to_cart_id" text null, "purchased_at" timestamptz null, "purchase_order_id" text null, "watch" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tp_wishlist_item_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_wishlist_item_wishlist_id" ON "tp_wishlist_item" ("wishlist_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_wishlist_item_deleted_at" ON "tp_wishlist_item" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_tp_wishlist_item_wishlist_id_variant_id_unique" ON "tp_wishlist_item" ("wishlist_id", "variant_id") WHERE removed_at IS NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_wishlist_item_variant_id" ON "tp_wishlist_item" ("variant_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_wishlist_item_moved_to_cart_id" ON "tp_wishlist_item" ("moved_to_cart_id") WHERE moved_to_cart_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`alter table if exists "tp_wishlist_item" add constraint "tp_wishlist_item_wishlist_id_foreign" foreign key ("wishlist_id") references "tp_wishlist" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "tp_wishlist_item" drop constraint if exists "tp_wishlist_item_wishlist_id_foreign";`);

    this.addSql(`drop table if exists "tp_wishlist" cascade;`);

    this.addSql(`drop table if exists "tp_wishlist_item" cascade;`);
  }

}
