import { Migration } from '@mikro-orm/migrations';

export class Migration20261125191619 extends Migration {

  override name = 'Migration20261125191619';

  override up(): void | Promise<void> {
    this.addSql(`create table "cases"."case_status_event" ("id" uuid not null, "case_id" uuid not null, "status" text not null, "at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "case_status_event_case_id_at_index" on "cases"."case_status_event" ("case_id", "at");`);

    this.addSql(`create table "cases"."case_party" ("id" uuid not null, "case_id" uuid not null, "person_id" uuid not null, "role" text not null, "mobile" text null, "email" text null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "case_party_person_id_index" on "cases"."case_party" ("person_id");`);
    this.addSql(`alter table "cases"."case_party" add constraint "case_party_case_id_person_id_role_unique" unique ("case_id", "person_id", "role");`);

    this.addSql(`alter table "cases"."complaint_case" add "board" varchar(32) null, add "decided_at" timestamptz null, add "outcome" text null, add "court_status" text not null default 'NONE', add "updated_at" timestamptz not null default now();`);
    this.addSql(`alter table "cases"."complaint_case" add constraint "complaint_case_outcome_check" check ("outcome" in ('UPHELD', 'REVERSED_IN_FULL', 'REVERSED_IN_PART', 'QUASHED', 'DISMISSED'));`);
    this.addSql(`alter table "cases"."complaint_case" add constraint "complaint_case_court_status_check" check ("court_status" in ('NONE', 'PENDING_IN_COURT', 'JUDGMENT_NOT_FINAL', 'FINAL_JUDGMENT'));`);

    this.addSql(`alter table "cases"."case_status_event" add constraint "case_status_event_case_id_foreign" foreign key ("case_id") references "cases"."complaint_case" ("id") on delete cascade;`);
    this.addSql(`alter table "cases"."case_status_event" add constraint "case_status_event_status_check" check ("status" in ('RECEIVED', 'UNDER_PREPARATION', 'SENT_TO_BOARD', 'DECIDED', 'REOPENED'));`);

    this.addSql(`alter table "cases"."case_party" add constraint "case_party_case_id_foreign" foreign key ("case_id") references "cases"."complaint_case" ("id") on delete cascade;`);
    this.addSql(`alter table "cases"."case_party" add constraint "case_party_role_check" check ("role" in ('COMPLAINANT', 'LAWYER', 'PROXY', 'GUARDIAN', 'SURVIVING_RELATIVE'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "cases"."case_status_event" cascade;`);
    this.addSql(`drop table if exists "cases"."case_party" cascade;`);

    this.addSql(`alter table "cases"."complaint_case" drop constraint "complaint_case_outcome_check";`);
    this.addSql(`alter table "cases"."complaint_case" drop constraint "complaint_case_court_status_check";`);
    this.addSql(`alter table "cases"."complaint_case" drop column "board", drop column "decided_at", drop column "outcome", drop column "court_status", drop column "updated_at";`);
  }

}
