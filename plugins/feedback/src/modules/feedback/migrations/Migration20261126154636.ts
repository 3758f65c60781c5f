import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126154636 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "tp_fb_survey_product" drop constraint if exists "tp_fb_survey_product_survey_id_product_id_unique";`);
    this.addSql(`alter table if exists "tp_fb_survey" drop constraint if exists "tp_fb_survey_order_id_unique";`);
    this.addSql(`alter table if exists "tp_fb_alert" drop constraint if exists "tp_fb_alert_survey_id_unique";`);
    this.addSql(`create table if not exists "tp_fb_alert" ("id" text not null, "survey_id" text not null, "order_id" text not null, "order_display_id" integer null, "customer_id" text null, "email" text not null, "nps_score" integer not null, "comment" text null, "state" text check ("state" in ('open', 'withdrawn')) not null, "email_state" text check ("email_state" in ('pending', 'sent', 'none', 'failed')) not null, "send_id" text null, "seen_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tp_fb_alert_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_fb_alert_deleted_at" ON "tp_fb_alert" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_tp_fb_alert_survey_id_unique" ON "tp_fb_alert" ("survey_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_fb_alert_created_at" ON "tp_fb_alert" ("created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "tp_fb_survey" ("id" text not null, "order_id" text not null, "order_display_id" integer null, "customer_id" text null, "email" text not null, "throttle_key" text not null, "locale" text null, "channel" text check ("channel" in ('email', 'inline')) not null, "state" text check ("state" in ('sending', 'sent', 'skipped', 'failed', 'inline')) not null, "skip_reason" text null, "send_id" text null, "started_at" timestamptz null, "closes_at" timestamptz null, "nps_score" integer null, "ces_score" integer null, "comment" text null, "first_answered_at" timestamptz null, "answered_at" timestamptz null, "followed_up_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tp_fb_survey_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_fb_survey_deleted_at" ON "tp_fb_survey" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_tp_fb_survey_order_id_unique" ON "tp_fb_survey" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_fb_survey_throttle_key_started_at" ON "tp_fb_survey" ("throttle_key", "started_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_fb_survey_first_answered_at" ON "tp_fb_survey" ("first_answered_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_fb_survey_started_at" ON "tp_fb_survey" ("started_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "tp_fb_survey_product" ("id" text not null, "survey_id" text not null, "product_id" text null, "title" text not null, "handle" text null, "thumbnail" text null, "rank" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tp_fb_survey_product_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_fb_survey_product_deleted_at" ON "tp_fb_survey_product" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_tp_fb_survey_product_survey_id_product_id_unique" ON "tp_fb_survey_product" ("survey_id", "product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_fb_survey_product_product_id" ON "tp_fb_survey_product" ("product_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "tp_fb_alert" cascade;`);

    this.addSql(`drop table if exists "tp_fb_survey" cascade;`);

    this.addSql(`drop table if exists "tp_fb_survey_product" cascade;`);
  }

}
