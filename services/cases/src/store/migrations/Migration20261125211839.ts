import { Migration } from '@mikro-orm/migrations';

export class Migration20261125211839 extends Migration {

  override name = 'Migration20261125211839';

  override up(): void | Promise<void> {
    this.addSql(`create table "cases"."form_answer" ("document_id" uuid not null, "kind" text not null, "data" jsonb not null, primary key ("document_id"));`);

    this.addSql(`create table "cases"."waiver" ("id" uuid not null, "case_id" uuid not null, "document_id" uuid not null, "journalist" text not null, "newsroom" text not null, "excluded_topics" jsonb not null, "valid_until" timestamptz null, "given_by" uuid not null, "given_as" text not null, "created_at" timestamptz not null, "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "waiver_case_id_index" on "cases"."waiver" ("case_id");`);

    this.addSql(`alter table "cases"."form_answer" add constraint "form_answer_document_id_foreign" foreign key ("document_id") references "cases"."document" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "cases"."form_answer" add constraint "form_answer_kind_check" check ("kind" in ('COMMENTS', 'CONTACT_CHANGE', 'WAIVER'));`);

    this.addSql(`alter table "cases"."waiver" add constraint "waiver_case_id_foreign" foreign key ("case_id") references "cases"."complaint_case" ("id") on delete cascade;`);
    this.addSql(`alter table "cases"."waiver" add constraint "waiver_document_id_foreign" foreign key ("document_id") references "cases"."document" ("id");`);
    this.addSql(`alter table "cases"."waiver" add constraint "waiver_given_as_check" check ("given_as" in ('COMPLAINANT', 'LAWYER', 'PROXY', 'GUARDIAN', 'SURVIVING_RELATIVE', 'CASE_OFFICER', 'PARTNER'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "cases"."form_answer" cascade;`);
    this.addSql(`drop table if exists "cases"."waiver" cascade;`);
  }

}
