import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126220114 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_visitor_profile_last_cart_id" ON "tp_visitor_profile" ("last_cart_id") WHERE last_cart_id IS NOT NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_tp_visitor_profile_last_cart_id";`);
  }

}
