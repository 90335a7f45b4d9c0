import { Migration } from '@mikro-orm/migrations';

export class Migration20261125174825 extends Migration {

  override name = 'Migration20261125174825';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "identity";`);
    this.addSql(`create table "identity"."person" ("id" uuid not null, "display_name" text not null, "deceased_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "identity"."person" cascade;`);

    this.addSql(`drop schema if exists "identity";`);
  }

}
