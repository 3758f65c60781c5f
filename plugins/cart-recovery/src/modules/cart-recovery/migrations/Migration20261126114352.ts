import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126114352 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "tp_cr_reminder" drop constraint if exists "tp_cr_reminder_cart_id_step_unique";`);
    this.addSql(`alter table if exists "tp_cr_cart" drop constraint if exists "tp_cr_cart_cart_id_unique";`);
    this.addSql(`create table if not exists "tp_cr_cart" ("id" text not null, "cart_id" text not null, "last_activity_at" timestamptz null, "abandoned_at" timestamptz null, "reminders_sent" integer not null default 0, "last_reminder_at" timestamptz null, "click_count" integer not null default 0, "first_clicked_at" timestamptz null, "recovered_order_id" text null, "recovered_total" numeric null, "currency_code" text null, "recovered_at" timestamptz null, "raw_recovered_total" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tp_cr_cart_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_cr_cart_deleted_at" ON "tp_cr_cart" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_tp_cr_cart_cart_id_unique" ON "tp_cr_cart" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_cr_cart_abandoned_at" ON "tp_cr_cart" ("abandoned_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_cr_cart_recovered_at" ON "tp_cr_cart" ("recovered_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "tp_cr_reminder" ("id" text not null, "cart_id" text not null, "step" integer not null, "outcome" text not null, "send_id" text null, "promotion_code" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tp_cr_reminder_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_cr_reminder_deleted_at" ON "tp_cr_reminder" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_tp_cr_reminder_cart_id_step_unique" ON "tp_cr_reminder" ("cart_id", "step") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_cr_reminder_created_at" ON "tp_cr_reminder" ("created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "tp_cr_cart" cascade;`);

    this.addSql(`drop table if exists "tp_cr_reminder" cascade;`);
  }

}
