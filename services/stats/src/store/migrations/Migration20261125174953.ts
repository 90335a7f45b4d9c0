import { Migration } from '@mikro-orm/migrations';

export class Migration20261125174953 extends Migration {

  override name = 'Migration20261125174953';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "stats";`);
    this.addSql(`create table "stats"."case_type_year" ("year" int not null, "case_type_code" varchar(64) not null, "received" int not null default 0, "decided" int not null default 0, primary key ("year", "case_type_code"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "stats"."case_type_year" cascade;`);

    this.addSql(`drop schema if exists "stats";`);
  }

}
