import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126113858 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "tp_email_suppression" drop constraint if exists "tp_email_suppression_address_unique";`);
    this.addSql(`alter table if exists "tp_email_send" drop constraint if exists "tp_email_send_idempotency_key_unique";`);
    this.addSql(`alter table if exists "tp_email_consent" drop constraint if exists "tp_email_consent_address_flow_unique";`);
    this.addSql(`create table if not exists "tp_email_consent" ("id" text not null, "address" text not null, "flow" text not null, "granted" boolean not null, "source" text not null, "recorded_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tp_email_consent_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_email_consent_deleted_at" ON "tp_email_consent" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_tp_email_consent_address_flow_unique" ON "tp_email_consent" ("address", "flow") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "tp_email_send" ("id" text not null, "idempotency_key" text not null, "flow" text not null, "subject_id" text not null, "step" text not null, "recipient" text not null, "marketing" boolean not null, "template" text not null, "locale" text not null, "subject" text not null, "html" text not null, "body_text" text not null, "headers" jsonb not null, "status" text check ("status" in ('claimed', 'sending', 'sent', 'failed', 'dead')) not null default 'claimed', "attempts" integer not null default 0, "next_attempt_at" timestamptz null, "lease_until" timestamptz null, "last_error" text null, "notification_id" text null, "sent_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tp_email_send_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_email_send_deleted_at" ON "tp_email_send" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_tp_email_send_idempotency_key_unique" ON "tp_email_send" ("idempotency_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_email_send_recipient_created_at" ON "tp_email_send" ("recipient", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_email_send_status_next_attempt_at" ON "tp_email_send" ("status", "next_attempt_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_email_send_flow_subject_id" ON "tp_email_send" ("flow", "subject_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "tp_email_suppression" ("id" text not null, "address" text not null, "reason" text check ("reason" in ('bounced', 'complained', 'manual')) not null, "source" text not null, "recorded_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tp_email_suppression_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_email_suppression_deleted_at" ON "tp_email_suppression" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_tp_email_suppression_address_unique" ON "tp_email_suppression" ("address") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "tp_email_consent" cascade;`);

    this.addSql(`drop table if exists "tp_email_send" cascade;`);

    this.addSql(`drop table if exists "tp_email_suppression" cascade;`);
  }

}
