import { parseArgs } from 'node:util';
import { ConfigError, type Logger } from '@klageportal/kit';
import type { HttpServerHandle } from './server.js';

/** What a service's composition root gives the CLI. */
export type ServiceHandle = {
  logger: Logger;
  migrate(): Promise<string[]>;
  seed(): Promise<void>;
  /** Writes a migration for the difference between the entities and the database. */
  createMigration(): Promise<string | null>;
  listen(): Promise<HttpServerHandle>;
  /** Releases the database pool. */
  close(): Promise<void>;
};

export type ServiceCliOptions = {
  argv: string[];
  /** Prints the subgraph SDL; needs no configuration or database. */
  sdl: () => Promise<string>;
  create: () => Promise<ServiceHandle>;
};

const USAGE = 'usage: main.js <sdl | migrate | seed | migration:create | serve [--migrate] [--seed]>';

/**
 * The one entry point of every service process:
 * `sdl` prints the schema, `migrate` / `seed` run once, `serve` listens until SIGINT/SIGTERM.
 */
export async function runServiceCli(options: ServiceCliOptions): Promise<void> {
  const { positionals, values } = parseArgs({
    args: options.argv,
    allowPositionals: true,
    options: { migrate: { type: 'boolean', default: false }, seed: { type: 'boolean', default: false } },
  });
  const command = positionals[0] ?? 'serve';
  if (command === 'sdl') {
    process.stdout.write(await options.sdl());
    return;
  }
  if (!['migrate', 'seed', 'serve', 'migration:create'].includes(command)) {
    process.stderr.write(`${USAGE}\n`);
    process.exitCode = 2;
    return;
  }

  let service: ServiceHandle;
  try {
    service = await options.create();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const log = service.logger;
  try {
    if (command === 'migration:create') {
      await service.migrate();
      const file = await service.createMigration();
      log.info({ file }, file ? 'migration created: add it to store/migrations/index.ts' : 'no changes');
      await service.close();
      return;
    }
    if (command === 'migrate' || values.migrate) {
      const applied = await service.migrate();
      log.info({ applied: applied.length, migrations: applied }, 'migrations applied');
    }
    if (command === 'seed' || values.seed) {
      await service.seed();
      log.info('seed data in place');
    }
    if (command !== 'serve') {
      await service.close();
      return;
    }
    const server = await service.listen();
    log.info({ url: server.url }, 'listening');
    const shutdown = async (signal: string) => {
      log.info({ signal }, 'shutting down');
      await server.close();
      await service.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
  } catch (error) {
    log.fatal({ err: error }, `${command} failed`);
    await service.close().catch(() => undefined);
    process.exit(1);
  }
}
