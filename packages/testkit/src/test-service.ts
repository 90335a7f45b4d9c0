import {
  anonymous,
  createInternalTokenSigner,
  generateInternalKeyPair,
  INTERNAL_TOKEN_ISSUER,
  type Principal,
  type Service,
} from '@klageportal/federation';
import { createLogger, type Logger } from '@klageportal/kit';
import { importJWK, SignJWT } from 'jose';
import { type GraphQLResponse, graphql } from './graphql.js';
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
  /** The subgraph's name (its tokens' audience). */
  name: string;
  /** A real internal token for this subgraph, as the gateway would sign it. */
  tokenFor(principal: Principal, options?: { audience?: string }): Promise<string>;
  /** A token signed with the right key but issued `secondsAgo` (to test expiry). */
  staleTokenFor(principal: Principal, secondsAgo: number): Promise<string>;
  /** A GraphQL request over HTTP with an internal token for `as` (anonymous by default). */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    as?: Principal,
  ): Promise<{ status: number; body: GraphQLResponse<T> }>;
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
  /** The subgraph's name: the audience of its internal tokens. */
  name: string;
  loadConfig: (env: Record<string, string | undefined>) => C;
  create: (config: C, options: { logger: Logger }) => Promise<Service>;
  seed?: boolean;
  /** Further environment for the service's config (its secrets, say). */
  env?: Record<string, string>;
}): Promise<TestService> {
  const db = await createEmptyDatabase();
  const { logger, logs } = captureLogs();
  const keys = await generateInternalKeyPair();
  const sign = await createInternalTokenSigner({ privateJwk: keys.privateJwk });
  const config = options.loadConfig({
    DATABASE_URL: db.url,
    PORT: '0',
    LOG_LEVEL: 'debug',
    INTERNAL_JWT_PUBLIC_KEYS: JSON.stringify(keys.publicJwks),
    ...options.env,
  });
  const service = await options.create(config, { logger });
  const tokenFor = (principal: Principal, o: { audience?: string } = {}) =>
    sign(principal, o.audience ?? options.name, 'test-request-0001');
  try {
    await service.migrate();
    if (options.seed) await service.seed();
    const server = await service.listen();
    const url = `${server.url}/graphql`;
    return {
      url,
      baseUrl: server.url,
      service,
      logs,
      name: options.name,
      tokenFor,
      staleTokenFor: async (principal, secondsAgo) => {
        const now = Math.floor(Date.now() / 1000);
        return new SignJWT({ principal, rid: 'test-request-0002' })
          .setProtectedHeader({ alg: 'ES256', typ: 'JWT', kid: keys.privateJwk.kid! })
          .setIssuer(INTERNAL_TOKEN_ISSUER)
          .setAudience(options.name)
          .setIssuedAt(now - secondsAgo)
          .setExpirationTime(now - secondsAgo + 60)
          .sign(await importJWK(keys.privateJwk, 'ES256'));
      },
      graphql: async (query, variables = {}, as = anonymous) =>
        graphql(url, query, variables, { authorization: `Bearer ${await tokenFor(as)}` }),
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
