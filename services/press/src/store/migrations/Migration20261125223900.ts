import { Migration } from '@mikro-orm/migrations';

export class Migration20261125223900 extends Migration {

  override name = 'Migration20261125223900';

  override up(): void | Promise<void> {
    this.addSql(`alter table "press"."press_inquiry" add "answer" text null, add "answered_at" timestamptz null, add "handled_by" varchar(64) null;`);
    this.addSql(`create index "press_inquiry_received_at_index" on "press"."press_inquiry" ("received_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "press"."press_inquiry_received_at_index";`);
    this.addSql(`alter table "press"."press_inquiry" drop column "answer", drop column "answered_at", drop column "handled_by";`);
  }

}
