import { Migration } from '@mikro-orm/migrations';

export class Migration20261125182209 extends Migration {

  override name = 'Migration20261125182209';

  override up(): void | Promise<void> {
    this.addSql(`create table "identity"."mandate" ("id" uuid not null, "agent_person_id" uuid not null, "principal_person_id" uuid not null, "role" text not null, "case_number" varchar(32) null, "valid_from" timestamptz not null, "valid_until" timestamptz null, "source" text not null, primary key ("id"));`);
    this.addSql(`create index "mandate_agent_person_id_index" on "identity"."mandate" ("agent_person_id");`);
    this.addSql(`create index "mandate_principal_person_id_index" on "identity"."mandate" ("principal_person_id");`);

    this.addSql(`create table "identity"."contact_point" ("id" uuid not null, "person_id" uuid not null, "kind" text not null, "value" text not null, "verified_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "identity"."contact_point" add constraint "contact_point_person_id_kind_unique" unique ("person_id", "kind");`);

    this.addSql(`create table "identity"."consent" ("person_id" uuid not null, "min_side_at" timestamptz null, "notifications_at" timestamptz null, "withdrawn_at" timestamptz null, primary key ("person_id"));`);

    this.addSql(`create table "identity"."session" ("id" text not null, "kind" text not null, "person_id" uuid null, "staff_id" text null, "staff_roles" text[] null, "loa" text null, "idp" text not null, "idp_sid" text null, "id_token" text not null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "absolute_expires_at" timestamptz not null, "revoked_at" timestamptz null, "acting_for_person_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "session_person_id_index" on "identity"."session" ("person_id");`);
    this.addSql(`create index "session_idp_idp_sid_index" on "identity"."session" ("idp", "idp_sid");`);

    this.addSql(`alter table "identity"."person" add "fnr_hash" text not null, add "fnr_encrypted" text not null;`);
    this.addSql(`alter table "identity"."person" add constraint "person_fnr_hash_unique" unique ("fnr_hash");`);

    this.addSql(`alter table "identity"."mandate" add constraint "mandate_agent_person_id_foreign" foreign key ("agent_person_id") references "identity"."person" ("id") on delete cascade;`);
    this.addSql(`alter table "identity"."mandate" add constraint "mandate_principal_person_id_foreign" foreign key ("principal_person_id") references "identity"."person" ("id") on delete cascade;`);
    this.addSql(`alter table "identity"."mandate" add constraint "mandate_role_check" check ("role" in ('LAWYER', 'PROXY', 'GUARDIAN', 'SURVIVING_RELATIVE'));`);

    this.addSql(`alter table "identity"."contact_point" add constraint "contact_point_person_id_foreign" foreign key ("person_id") references "identity"."person" ("id") on delete cascade;`);
    this.addSql(`alter table "identity"."contact_point" add constraint "contact_point_kind_check" check ("kind" in ('SMS', 'EMAIL'));`);

    this.addSql(`alter table "identity"."consent" add constraint "consent_person_id_foreign" foreign key ("person_id") references "identity"."person" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "identity"."session" add constraint "session_person_id_foreign" foreign key ("person_id") references "identity"."person" ("id") on delete cascade;`);
    this.addSql(`alter table "identity"."session" add constraint "session_acting_for_person_id_foreign" foreign key ("acting_for_person_id") references "identity"."person" ("id") on delete set null;`);
    this.addSql(`alter table "identity"."session" add constraint "session_kind_check" check ("kind" in ('CITIZEN', 'STAFF'));`);
    this.addSql(`alter table "identity"."session" add constraint "session_idp_check" check ("idp" in ('idporten', 'ansatt'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "identity"."mandate" cascade;`);
    this.addSql(`drop table if exists "identity"."contact_point" cascade;`);
    this.addSql(`drop table if exists "identity"."consent" cascade;`);
    this.addSql(`drop table if exists "identity"."session" cascade;`);

    this.addSql(`alter table "identity"."person" drop constraint "person_fnr_hash_unique";`);
    this.addSql(`alter table "identity"."person" drop column "fnr_hash", drop column "fnr_encrypted";`);
  }

}
