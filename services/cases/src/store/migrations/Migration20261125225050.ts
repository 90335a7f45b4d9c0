import { Migration } from '@mikro-orm/migrations';

export class Migration20261125225050 extends Migration {

  override name = 'Migration20261125225050';

  override up(): void | Promise<void> {
    this.addSql(`alter table "cases"."outbox" drop constraint "outbox_kind_check";`);
    this.addSql(`alter table "cases"."outbox" add "payload" jsonb null, add "txid" xid8 not null default pg_current_xact_id();`);
    this.addSql(`create index "outbox_txid_seq_index" on "cases"."outbox" ("txid", "seq");`);
    this.addSql(`alter table "cases"."outbox" add constraint "outbox_kind_check" check ("kind" in ('CASE_RECEIVED', 'STATUS_CHANGED', 'COURT_STATUS_CHANGED', 'DOCUMENT_SENT'));`);
    // every case registered before the feed gets one snapshot event, so stats hears of it
    this.addSql(`insert into "cases"."outbox" ("kind", "case_id", "created_at", "payload")
      select 'CASE_RECEIVED', c.id, now(), jsonb_build_object(
        'caseTypeCode', c.case_type_code, 'firstInstanceBodyCode', c.first_instance_body_code,
        'board', c.board, 'receivedAt', c.received_at, 'status', c.status, 'outcome', c.outcome,
        'decidedAt', c.decided_at, 'courtStatus', c.court_status)
      from "cases"."complaint_case" c order by c.received_at, c.id;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`delete from "cases"."outbox" where "kind" in ('CASE_RECEIVED', 'COURT_STATUS_CHANGED');`);
    this.addSql(`drop index "cases"."outbox_txid_seq_index";`);
    this.addSql(`alter table "cases"."outbox" drop constraint "outbox_kind_check";`);
    this.addSql(`alter table "cases"."outbox" drop column "payload", drop column "txid";`);
    this.addSql(`alter table "cases"."outbox" add constraint "outbox_kind_check" check ("kind" in ('STATUS_CHANGED', 'DOCUMENT_SENT'));`);
  }

}
