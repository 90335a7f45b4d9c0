import { Migration } from '@mikro-orm/migrations';

export class Migration20261125200758 extends Migration {

  override name = 'Migration20261125200758';

  override up(): void | Promise<void> {
    this.addSql(`create table "cases"."access_log" ("id" uuid not null, "case_id" uuid not null, "actor_kind" text not null, "actor_id" varchar(64) not null, "actor_role" text not null, "action" text not null, "at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "access_log_case_id_at_index" on "cases"."access_log" ("case_id", "at");`);

    this.addSql(`create index "complaint_case_updated_at_id_index" on "cases"."complaint_case" ("updated_at", "id");`);
    this.addSql(`create index "complaint_case_first_instance_body_code_updated_at_id_index" on "cases"."complaint_case" ("first_instance_body_code", "updated_at", "id");`);

    this.addSql(`alter table "cases"."case_party" add "display_name" text not null default '';`);

    this.addSql(`alter table "cases"."access_log" add constraint "access_log_case_id_foreign" foreign key ("case_id") references "cases"."complaint_case" ("id") on delete cascade;`);
    this.addSql(`alter table "cases"."access_log" add constraint "access_log_actor_kind_check" check ("actor_kind" in ('PERSON', 'STAFF', 'PARTNER'));`);
    this.addSql(`alter table "cases"."access_log" add constraint "access_log_actor_role_check" check ("actor_role" in ('COMPLAINANT', 'LAWYER', 'PROXY', 'GUARDIAN', 'SURVIVING_RELATIVE', 'CASE_OFFICER', 'PARTNER'));`);
    this.addSql(`alter table "cases"."access_log" add constraint "access_log_action_check" check ("action" in ('LISTED', 'VIEWED', 'PARTNER_READ', 'REGISTERED', 'PARTY_ADDED', 'PARTY_REMOVED', 'STATUS_CHANGED', 'COURT_STATUS_CHANGED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "cases"."access_log" cascade;`);

    this.addSql(`alter table "cases"."case_party" drop column "display_name";`);

    this.addSql(`drop index "cases"."complaint_case_updated_at_id_index";`);
    this.addSql(`drop index "cases"."complaint_case_first_instance_body_code_updated_at_id_index";`);
  }

}
