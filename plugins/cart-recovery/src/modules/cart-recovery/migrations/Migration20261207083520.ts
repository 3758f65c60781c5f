import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207083520 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "tp_cr_restore" ("id" text not null, "reminded_cart_id" text not null, "cart_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tp_cr_restore_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_cr_restore_deleted_at" ON "tp_cr_restore" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_cr_restore_cart_id" ON "tp_cr_restore" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_cr_restore_reminded_cart_id" ON "tp_cr_restore" ("reminded_cart_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "tp_cr_cart" add column if not exists "restored_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "tp_cr_restore" cascade;`);

    this.addSql(`alter table if exists "tp_cr_cart" drop column if exists "restored_at";`);
  }

}
