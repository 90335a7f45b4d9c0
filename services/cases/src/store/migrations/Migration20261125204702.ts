import { Migration } from '@mikro-orm/migrations';

export class Migration20261125204702 extends Migration {

  override name = 'Migration20261125204702';

  override up(): void | Promise<void> {
    this.addSql(`create table "cases"."file_blob" ("id" uuid not null, "sha256" varchar(64) not null, "size" bigint not null, "mime" varchar(128) not null, "created_at" timestamptz not null, primary key ("id"));`);

    this.addSql(`create table "cases"."file_chunk" ("blob_id" uuid not null, "seq" int not null, "data" bytea not null, primary key ("blob_id", "seq"));`);

    this.addSql(`create table "cases"."document" ("id" uuid not null, "case_id" uuid not null, "direction" text not null, "category" text not null, "title" text not null, "created_at" timestamptz not null, "sender_kind" text not null, "sender_id" varchar(64) not null, "sender_role" varchar(32) not null, primary key ("id"));`);
    this.addSql(`create index "document_case_id_created_at_index" on "cases"."document" ("case_id", "created_at");`);

    this.addSql(`create table "cases"."document_file" ("id" uuid not null, "document_id" uuid not null, "blob_id" uuid not null, "filename" text not null, "position" int not null, primary key ("id"));`);

    this.addSql(`alter table "cases"."access_log" drop constraint "access_log_action_check";`);
    this.addSql(`alter table "cases"."access_log" add constraint "access_log_action_check" check ("action" in ('LISTED', 'VIEWED', 'PARTNER_READ', 'REGISTERED', 'PARTY_ADDED', 'PARTY_REMOVED', 'STATUS_CHANGED', 'COURT_STATUS_CHANGED', 'DOCUMENT_ADDED', 'DOWNLOADED', 'CASE_FILE_DOWNLOADED'));`);

    this.addSql(`alter table "cases"."file_chunk" add constraint "file_chunk_blob_id_foreign" foreign key ("blob_id") references "cases"."file_blob" ("id") on delete cascade;`);

    this.addSql(`alter table "cases"."document" add constraint "document_case_id_foreign" foreign key ("case_id") references "cases"."complaint_case" ("id") on delete cascade;`);
    this.addSql(`alter table "cases"."document" add constraint "document_direction_check" check ("direction" in ('IN', 'OUT'));`);
    this.addSql(`alter table "cases"."document" add constraint "document_category_check" check ("category" in ('LETTER', 'DECISION', 'COPY', 'REQUEST', 'NEW_INFORMATION', 'COMMENTS', 'FORM'));`);
    this.addSql(`alter table "cases"."document" add constraint "document_sender_kind_check" check ("sender_kind" in ('PERSON', 'STAFF'));`);

    this.addSql(`alter table "cases"."document_file" add constraint "document_file_document_id_foreign" foreign key ("document_id") references "cases"."document" ("id") on delete cascade;`);
    this.addSql(`alter table "cases"."document_file" add constraint "document_file_blob_id_foreign" foreign key ("blob_id") references "cases"."file_blob" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "cases"."file_chunk" drop constraint "file_chunk_blob_id_foreign";`);
    this.addSql(`alter table "cases"."document_file" drop constraint "document_file_blob_id_foreign";`);
    this.addSql(`alter table "cases"."document_file" drop constraint "document_file_document_id_foreign";`);

    this.addSql(`drop table if exists "cases"."file_blob" cascade;`);
    this.addSql(`drop table if exists "cases"."file_chunk" cascade;`);
    this.addSql(`drop table if exists "cases"."document" cascade;`);
    this.addSql(`drop table if exists "cases"."document_file" cascade;`);

    this.addSql(`alter table "cases"."access_log" drop constraint "access_log_action_check";`);
    this.addSql(`alter table "cases"."access_log" add constraint "access_log_action_check" check ("action" in ('LISTED', 'VIEWED', 'PARTNER_READ', 'REGISTERED', 'PARTY_ADDED', 'PARTY_REMOVED', 'STATUS_CHANGED', 'COURT_STATUS_CHANGED'));`);
  }

}
