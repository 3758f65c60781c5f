import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207083348 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "tp_fb_survey" add column if not exists "auto_score" integer null, add column if not exists "auto_at" timestamptz null, add column if not exists "auto_settles_at" timestamptz null, add column if not exists "auto_discarded" boolean not null default false;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_fb_survey_auto_settles_at" ON "tp_fb_survey" ("auto_settles_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_tp_fb_survey_auto_settles_at";`);
    this.addSql(`alter table if exists "tp_fb_survey" drop column if exists "auto_score", drop column if exists "auto_at", drop column if exists "auto_settles_at", drop column if exists "auto_discarded";`);
  }

}
