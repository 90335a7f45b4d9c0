import { Migration } from '@mikro-orm/migrations';

export class Migration20261125230728 extends Migration {

  override name = 'Migration20261125230728';

  override up(): void | Promise<void> {
    this.addSql(`create table "stats"."case_fact" ("case_id" uuid not null, "case_type_code" varchar(64) not null, "board" varchar(32) not null, "first_instance_body_code" varchar(32) not null, "received_month" varchar(7) not null, "decided_month" varchar(7) null, "outcome" varchar(32) null, "processing_weeks" int null, "court_status" varchar(32) not null, primary key ("case_id"));`);

    this.addSql(`create table "stats"."court_count" ("case_type_code" varchar(64) not null, "court_status" varchar(32) not null, "count" int not null default 0, primary key ("case_type_code", "court_status"));`);

    this.addSql(`create table "stats"."feed_position" ("feed" varchar(32) not null, "position" varchar(48) not null, "updated_at" timestamptz not null, primary key ("feed"));`);

    this.addSql(`create table "stats"."monthly_count" ("month" varchar(7) not null, "case_type_code" varchar(64) not null, "board" varchar(32) not null, "first_instance_body_code" varchar(32) not null, "received" int not null default 0, "decided" int not null default 0, primary key ("month", "case_type_code"));`);
    this.addSql(`create index "monthly_count_month_index" on "stats"."monthly_count" ("month");`);

    this.addSql(`create table "stats"."monthly_outcome" ("month" varchar(7) not null, "case_type_code" varchar(64) not null, "outcome" varchar(32) not null, "count" int not null default 0, primary key ("month", "case_type_code", "outcome"));`);

    this.addSql(`create table "stats"."processing_histogram" ("month" varchar(7) not null, "case_type_code" varchar(64) not null, "weeks" int not null, "count" int not null default 0, primary key ("month", "case_type_code", "weeks"));`);

    this.addSql(`drop table if exists "stats"."case_type_year" cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`create table "stats"."case_type_year" ("year" int4 not null, "case_type_code" varchar(64) not null, "received" int4 not null default 0, "decided" int4 not null default 0, primary key ("year", "case_type_code"));`);

    this.addSql(`drop table if exists "stats"."case_fact" cascade;`);
    this.addSql(`drop table if exists "stats"."court_count" cascade;`);
    this.addSql(`drop table if exists "stats"."feed_position" cascade;`);
    this.addSql(`drop table if exists "stats"."monthly_count" cascade;`);
    this.addSql(`drop table if exists "stats"."monthly_outcome" cascade;`);
    this.addSql(`drop table if exists "stats"."processing_histogram" cascade;`);
  }

}
