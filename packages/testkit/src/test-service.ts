import type { Service } from '@klageportal/federation';
import { createLogger, type Logger } from '@klageportal/kit';
import { createEmptyDatabase } from './test-db.js';

export type LogCapture = {
  /** Every JSON log line the service wrote, parsed. */
  lines: Record<string, unknown>[];
  /** The raw text of every line, for "no personal data" assertions. */
  text(): string;
  /** Counts SQL statements logged from now on. */
  countQueries(): { count(): number };
};

export type TestService = {
  /** The service's GraphQL endpoint. */
  url: string;
  /** The service's base URL (for /healthz, /readyz). */
  baseUrl: string;
  service: Service;
  logs: LogCapture;
  dispose(): Promise<void>;
};

function captureLogs(): { logger: Logger; logs: LogCapture } {
  const raw: string[] = [];
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({
    service: 'test',
    level: 'debug',
    destination: {
      write: (line: string) => {
        raw.push(line);
        lines.push(JSON.parse(line));
      },
    },
  });
  return {
    logger,
    logs: {
      lines,
      text: () => raw.join(''),
      countQueries: () => {
        const from = lines.length;
        return { count: () => lines.slice(from).filter((l) => l.msg === 'sql').length };
      },
    },
  };
}

/**
 * A real service process-in-a-test: its own fresh database, its real migrations, its real HTTP
 * server on a free port, and its logs captured (SQL included, at debug level).
 */
export async function startTestService<C>(options: {
  loadConfig: (env: Record<string, string | undefined>) => C;
  create: (config: C, options: { logger: Logger }) => Promise<Service>;
  seed?: boolean;
}): Promise<TestService> {
  const db = await createEmptyDatabase();
  const { logger, logs } = captureLogs();
  const service = await options.create(
    options.loadConfig({ DATABASE_URL: db.url, PORT: '0', LOG_LEVEL: 'debug' }),
    {
      logger,
    },
  );
  try {
    await service.migrate();
    if (options.seed) await service.seed();
    const server = await service.listen();
    return {
      url: `${server.url}/graphql`,
      baseUrl: server.url,
      service,
      logs,
      dispose: async () => {
        await server.close();
        await service.close();
        await db.drop();
      },
    };
  } catch (error) {
    await service.close();
    await db.drop();
    throw error;
  }
}
