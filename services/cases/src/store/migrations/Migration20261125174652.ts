import { Migration } from '@mikro-orm/migrations';

export class Migration20261125174652 extends Migration {

  override name = 'Migration20261125174652';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "cases";`);
    this.addSql(`create table "cases"."first_instance_body" ("code" varchar(32) not null, "name_nb" text not null, "name_en" text null, primary key ("code"));`);

    this.addSql(`create table "cases"."case_type" ("code" varchar(64) not null, "name_nb" text not null, "name_en" text null, "first_instance_body_code" varchar(32) not null, "board" varchar(32) not null, "valid_to" date null, primary key ("code"));`);

    this.addSql(`create table "cases"."complaint_case" ("id" uuid not null, "case_number" varchar(32) not null, "case_type_code" varchar(64) not null, "first_instance_body_code" varchar(32) not null, "received_at" timestamptz not null, "status" text not null, primary key ("id"));`);
    this.addSql(`alter table "cases"."complaint_case" add constraint "complaint_case_case_number_unique" unique ("case_number");`);
    this.addSql(`create index "complaint_case_received_at_index" on "cases"."complaint_case" ("received_at");`);

    this.addSql(`alter table "cases"."case_type" add constraint "case_type_first_instance_body_code_foreign" foreign key ("first_instance_body_code") references "cases"."first_instance_body" ("code");`);

    this.addSql(`alter table "cases"."complaint_case" add constraint "complaint_case_case_type_code_foreign" foreign key ("case_type_code") references "cases"."case_type" ("code");`);
    this.addSql(`alter table "cases"."complaint_case" add constraint "complaint_case_first_instance_body_code_foreign" foreign key ("first_instance_body_code") references "cases"."first_instance_body" ("code");`);
    this.addSql(`alter table "cases"."complaint_case" add constraint "complaint_case_status_check" check ("status" in ('RECEIVED', 'UNDER_PREPARATION', 'SENT_TO_BOARD', 'DECIDED', 'REOPENED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "cases"."case_type" drop constraint "case_type_first_instance_body_code_foreign";`);
    this.addSql(`alter table "cases"."complaint_case" drop constraint "complaint_case_first_instance_body_code_foreign";`);
    this.addSql(`alter table "cases"."complaint_case" drop constraint "complaint_case_case_type_code_foreign";`);

    this.addSql(`drop table if exists "cases"."first_instance_body" cascade;`);
    this.addSql(`drop table if exists "cases"."case_type" cascade;`);
    this.addSql(`drop table if exists "cases"."complaint_case" cascade;`);

    this.addSql(`drop schema if exists "cases";`);
  }

}
