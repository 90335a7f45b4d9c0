import { Migration } from '@mikro-orm/migrations';

export class Migration20261125210949 extends Migration {

  override name = 'Migration20261125210949';

  override up(): void | Promise<void> {
    this.addSql(`create table "cases"."notification_consent" ("person_id" uuid not null, "notifications" boolean not null, "at" timestamptz not null, primary key ("person_id"));`);

    this.addSql(`create table "cases"."outbox_cursor" ("consumer" varchar(32) not null, "last_seq" bigint not null, primary key ("consumer"));`);

    this.addSql(`create table "cases"."outbox" ("seq" bigserial primary key, "kind" text not null, "case_id" uuid not null, "created_at" timestamptz not null);`);

    this.addSql(`alter table "cases"."outbox" add constraint "outbox_kind_check" check ("kind" in ('STATUS_CHANGED', 'DOCUMENT_SENT'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "cases"."notification_consent" cascade;`);
    this.addSql(`drop table if exists "cases"."outbox_cursor" cascade;`);
    this.addSql(`drop table if exists "cases"."outbox" cascade;`);
  }

}
