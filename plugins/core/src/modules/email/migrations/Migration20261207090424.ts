import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207090424 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "tp_email_consent_settings" ("id" text not null, "single_opt_in_flows" text[] not null, "updated_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tp_email_consent_settings_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_email_consent_settings_deleted_at" ON "tp_email_consent_settings" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "tp_email_consent_settings" cascade;`);
  }

}
