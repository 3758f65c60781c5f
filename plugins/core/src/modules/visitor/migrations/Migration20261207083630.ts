import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207083630 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "tp_visitor_identity" add column if not exists "signed_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "tp_visitor_identity" drop column if exists "signed_at";`);
  }

}
