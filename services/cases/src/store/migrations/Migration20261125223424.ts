import { Migration } from '@mikro-orm/migrations';

export class Migration20261125223424 extends Migration {

  override name = 'Migration20261125223424';

  override up(): void | Promise<void> {
    this.addSql(`alter table "cases"."access_log" drop constraint "access_log_action_check";`);
    this.addSql(`alter table "cases"."access_log" drop constraint "access_log_actor_role_check";`);
    this.addSql(`alter table "cases"."access_log" add constraint "access_log_action_check" check ("action" in ('LISTED', 'VIEWED', 'PARTNER_READ', 'REGISTERED', 'PARTY_ADDED', 'PARTY_REMOVED', 'STATUS_CHANGED', 'COURT_STATUS_CHANGED', 'DOCUMENT_ADDED', 'DOWNLOADED', 'CASE_FILE_DOWNLOADED', 'PRESS_LOOKUP'));`);
    this.addSql(`alter table "cases"."access_log" add constraint "access_log_actor_role_check" check ("actor_role" in ('COMPLAINANT', 'LAWYER', 'PROXY', 'GUARDIAN', 'SURVIVING_RELATIVE', 'CASE_OFFICER', 'PRESS_OFFICER', 'PARTNER'));`);

    this.addSql(`alter table "cases"."waiver" drop constraint "waiver_given_as_check";`);
    this.addSql(`alter table "cases"."waiver" add constraint "waiver_given_as_check" check ("given_as" in ('COMPLAINANT', 'LAWYER', 'PROXY', 'GUARDIAN', 'SURVIVING_RELATIVE', 'CASE_OFFICER', 'PRESS_OFFICER', 'PARTNER'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "cases"."access_log" drop constraint "access_log_actor_role_check";`);
    this.addSql(`alter table "cases"."access_log" drop constraint "access_log_action_check";`);
    this.addSql(`alter table "cases"."access_log" add constraint "access_log_actor_role_check" check ("actor_role" in ('COMPLAINANT', 'LAWYER', 'PROXY', 'GUARDIAN', 'SURVIVING_RELATIVE', 'CASE_OFFICER', 'PARTNER'));`);
    this.addSql(`alter table "cases"."access_log" add constraint "access_log_action_check" check ("action" in ('LISTED', 'VIEWED', 'PARTNER_READ', 'REGISTERED', 'PARTY_ADDED', 'PARTY_REMOVED', 'STATUS_CHANGED', 'COURT_STATUS_CHANGED', 'DOCUMENT_ADDED', 'DOWNLOADED', 'CASE_FILE_DOWNLOADED'));`);

    this.addSql(`alter table "cases"."waiver" drop constraint "waiver_given_as_check";`);
    this.addSql(`alter table "cases"."waiver" add constraint "waiver_given_as_check" check ("given_as" in ('COMPLAINANT', 'LAWYER', 'PROXY', 'GUARDIAN', 'SURVIVING_RELATIVE', 'CASE_OFFICER', 'PARTNER'));`);
  }

}
