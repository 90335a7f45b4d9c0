import { Migration } from '@mikro-orm/migrations';

export class Migration20261125174910 extends Migration {

  override name = 'Migration20261125174910';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "press";`);
    this.addSql(`create table "press"."press_inquiry" ("id" uuid not null, "received_at" timestamptz not null, "channel" text not null, "newsroom" text not null, "journalist_name" text not null, "journalist_contact" text not null, "question" text not null, "case_number" varchar(32) null, "status" text not null, "delete_after" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "press_inquiry_delete_after_index" on "press"."press_inquiry" ("delete_after");`);

    this.addSql(`alter table "press"."press_inquiry" add constraint "press_inquiry_channel_check" check ("channel" in ('PHONE', 'EMAIL', 'OTHER'));`);
    this.addSql(`alter table "press"."press_inquiry" add constraint "press_inquiry_status_check" check ("status" in ('RECEIVED', 'IN_PROGRESS', 'ANSWERED', 'CLOSED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "press"."press_inquiry" cascade;`);

    this.addSql(`drop schema if exists "press";`);
  }

}
