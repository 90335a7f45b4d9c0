import { Migration } from '@mikro-orm/migrations';

export class Migration20261125234948 extends Migration {

  override name = 'Migration20261125234948';

  override up(): void | Promise<void> {
    this.addSql(`alter table "cases"."outbox_cursor" add "last_txid" xid8 not null default '0';`);
    // a cursor already moved keeps its place: the transaction of the event it stopped at
    this.addSql(`update "cases"."outbox_cursor" c set "last_txid" = o."txid"
      from "cases"."outbox" o where o."seq" = c."last_seq";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "cases"."outbox_cursor" drop column "last_txid";`);
  }

}
