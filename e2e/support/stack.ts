import { entities as casesEntities } from '@klageportal/cases';
import {
  createSecrets,
  type DevSecrets,
  freePort,
  type Stack,
  SUBGRAPHS,
  startStack,
} from '@klageportal/devstack';
import { type EntityManager, openOrm } from '@klageportal/orm';
import { createEmptyDatabase, until } from '@klageportal/testkit';

export type TestStack = Stack & {
  secrets: DevSecrets;
  /** The database every service of this stack uses (each in its own schema). */
  databaseUrl: string;
  /** Every line every process printed. */
  output: { name: string; line: string }[];
  dispose(): Promise<void>;
};

/**
 * The whole built system on free ports against a throw-away database: four subgraphs
 * (migrated and seeded), the gateway and the portal server, each its own process. With
 * `databaseUrl` (an empty database of the test's own, e.g. on a PostgreSQL it restarts), the stack
 * uses that one instead and leaves it in place on dispose.
 */
export async function startTestStack(
  options: { debugMemory?: boolean; databaseUrl?: string; gatewayEnv?: Record<string, string> } = {},
): Promise<TestStack> {
  const given = options.databaseUrl;
  const db = given
    ? { url: given, drop: async () => undefined }
    : await createEmptyDatabase('klageportal_e2e');
  const output: { name: string; line: string }[] = [];
  const ports = {
    gateway: await freePort(),
    portal: await freePort(),
    idp: await freePort(),
    ...Object.fromEntries(await Promise.all(SUBGRAPHS.map(async (n) => [n, await freePort()] as const))),
  } as Parameters<typeof startStack>[0]['ports'];
  const secrets = await createSecrets();
  let stack: Stack;
  try {
    stack = await startStack({
      databaseUrl: db.url,
      ports,
      seed: true,
      secrets,
      logLevel: 'info',
      debugMemory: options.debugMemory ?? false,
      ...(options.gatewayEnv ? { gatewayEnv: options.gatewayEnv } : {}),
      onLine: (name, line) => output.push({ name, line }),
    });
    await statisticsCaughtUp(db.url).catch(async (error: unknown) => {
      await stack.stop();
      throw error;
    });
  } catch (error) {
    await db.drop();
    throw error;
  }
  return {
    ...stack,
    secrets,
    databaseUrl: db.url,
    output,
    dispose: async () => {
      await stack.stop();
      await db.drop();
    },
  };
}

/**
 * The stats service has projected every case event the seed wrote (it reads them from the cases
 * service within seconds of starting), so tests see settled public figures.
 */
export async function statisticsCaughtUp(databaseUrl: string, timeoutMs = 60_000): Promise<void> {
  await withCasesDatabase(databaseUrl, (em) =>
    until(async () => {
      const [row] = await em.execute<{ pending: string }[]>(
        `select (select count(distinct case_id) from cases.outbox where payload is not null)
              - (select count(*) from stats.case_fact) as pending`,
      );
      return Number(row?.pending) === 0 ? true : undefined;
    }, timeoutMs),
  );
}

/**
 * The stack's database as the cases service sees it, for setting up what no API may do (bulk
 * seeding, a waiver whose time has passed); closed afterwards.
 */
export async function withCasesDatabase<T>(
  databaseUrl: string,
  use: (em: EntityManager) => Promise<T>,
): Promise<T> {
  const orm = await openOrm({
    url: databaseUrl,
    schema: 'cases',
    entities: casesEntities,
    migrations: [],
    migrationsPathTs: '.',
  });
  try {
    return await use(orm.em.fork() as EntityManager);
  } finally {
    await orm.close();
  }
}
