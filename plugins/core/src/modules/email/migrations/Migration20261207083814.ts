import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207083814 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "tp_email_consent_entry" ("id" text not null, "address" text not null, "flow" text not null, "granted" boolean not null, "source" text check ("source" in ('customer_account', 'guest_cart_form', 'unsubscribe_link', 'owner', 'import', 'double_opt_in')) not null, "proof" text not null, "cart_id" text null, "customer_id" text null, "recorded_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tp_email_consent_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_email_consent_entry_deleted_at" ON "tp_email_consent_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_email_consent_entry_address_recorded_at" ON "tp_email_consent_entry" ("address", "recorded_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_email_consent_entry_proof" ON "tp_email_consent_entry" ("proof") WHERE deleted_at IS NULL;`);

    // Each choice of the one-row-per-flow table becomes the ledger's first entry, with its meaning: it was in
    // effect, so it counts (source "import"); the old source stays readable in the proof ("legacy:...").
    this.addSql(`insert into "tp_email_consent_entry" ("id", "address", "flow", "granted", "source", "proof", "cart_id", "recorded_at")
      select 'tpce_' || substring("id" from 6), "address", "flow", "granted", 'import', left('legacy:' || "source", 200),
        case when "source" like 'storefront:cart:%' then substring("source" from 17) end, "recorded_at"
      from "tp_email_consent" where "deleted_at" is null
      on conflict do nothing;`);

    this.addSql(`drop table if exists "tp_email_consent" cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`create table if not exists "tp_email_consent" ("id" text not null, "address" text not null, "flow" text not null, "granted" boolean not null, "source" text not null, "recorded_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tp_email_consent_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tp_email_consent_deleted_at" ON "tp_email_consent" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_tp_email_consent_address_flow_unique" ON "tp_email_consent" ("address", "flow") WHERE deleted_at IS NULL;`);

    // back to one row per address and flow: the newest entry of each (a pending opt-in is lost, as it was never in effect)
    this.addSql(`insert into "tp_email_consent" ("id", "address", "flow", "granted", "source", "recorded_at")
      select distinct on ("address", "flow") 'tpec_' || substring("id" from 6), "address", "flow", "granted",
        "source" || ':' || "proof", "recorded_at"
      from "tp_email_consent_entry" where "deleted_at" is null and not ("granted" and "proof" = 'unverified')
      order by "address", "flow", "recorded_at" desc;`);

    this.addSql(`drop table if exists "tp_email_consent_entry" cascade;`);
  }

}
