import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123191946 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "tp_brand" drop constraint if exists "tp_brand_handle_unique";`);
    this.addSql(`create table if not exists "tp_brand" ("id" text not null, "name" text not null, "handle" text not null, "description" text null, "logo_url" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tp_brand_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_brand_deleted_at" ON "tp_brand" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_tp_brand_handle_unique" ON "tp_brand" ("handle") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "tp_brand" cascade;`);
  }

}
