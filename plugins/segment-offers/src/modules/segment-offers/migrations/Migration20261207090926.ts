import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207090926 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "tp_offer" add column if not exists "once_per_shopper" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "tp_offer" drop column if exists "once_per_shopper";`);
  }

}
