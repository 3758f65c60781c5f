import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126225306 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "tp_cr_settings" ("id" text not null, "steps" jsonb not null, "require_consent" boolean not null, "max_cart_age_days" integer not null, "recovery_url" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tp_cr_settings_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_cr_settings_deleted_at" ON "tp_cr_settings" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "tp_cr_settings" cascade;`);
  }

}
