import { envShapes, parseEnv, z } from '@klageportal/kit';

const subgraphUrl = (port: number) => z.url().default(`http://127.0.0.1:${port}/graphql`);

const schema = z
  .object({
    HOST: z.string().default('127.0.0.1'),
    PORT: envShapes.port(4000),
    SUBGRAPH_IDENTITY_URL: subgraphUrl(4101),
    SUBGRAPH_CASES_URL: subgraphUrl(4102),
    SUBGRAPH_PRESS_URL: subgraphUrl(4103),
    SUBGRAPH_STATS_URL: subgraphUrl(4104),
    LOG_LEVEL: envShapes.logLevel,
    NODE_ENV: envShapes.nodeEnv,
    /** Benchmarks only: serve GET /debug/memory (live memory after a collection). Never in production. */
    DEBUG_MEMORY_ENDPOINT: z.stringbool().default(false),
    /** The private key (JWK as JSON) that signs internal tokens to the subgraphs. */
    INTERNAL_JWT_PRIVATE_KEY: envShapes.jwk,
    /** identity's base URL for login routes and session resolution (default: the identity subgraph's origin). */
    IDENTITY_BASE_URL: z.url().optional(),
    SESSION_COOKIE_NAME: z
      .string()
      .regex(/^[A-Za-z0-9_-]+$/)
      .default('kp_session'),
    /** Maskinporten (partner clients). Without an issuer, bearer tokens are refused. */
    MASKINPORTEN_ISSUER: z.url().optional(),
    MASKINPORTEN_JWKS_URI: z.url().optional(),
    NPE_SCOPE: z.string().default('helseklage:npe.klagesaker'),
    PARTNER_ALLOWED_CONSUMERS: z
      .string()
      .default('')
      .transform((v) =>
        v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      ),
  })
  .transform((env) => ({
    http: { host: env.HOST, port: env.PORT },
    subgraphs: {
      identity: env.SUBGRAPH_IDENTITY_URL,
      cases: env.SUBGRAPH_CASES_URL,
      press: env.SUBGRAPH_PRESS_URL,
      stats: env.SUBGRAPH_STATS_URL,
    } as Record<string, string>,
    log: { level: env.LOG_LEVEL },
    nodeEnv: env.NODE_ENV,
    debug: { memoryEndpoint: env.DEBUG_MEMORY_ENDPOINT && env.NODE_ENV !== 'production' },
    internalJwt: { privateJwk: env.INTERNAL_JWT_PRIVATE_KEY },
    identity: {
      baseUrl: env.IDENTITY_BASE_URL ?? new URL(env.SUBGRAPH_IDENTITY_URL).origin,
      sessionCookieName: env.SESSION_COOKIE_NAME,
    },
    maskinporten:
      env.MASKINPORTEN_ISSUER && env.MASKINPORTEN_JWKS_URI
        ? {
            issuer: env.MASKINPORTEN_ISSUER,
            jwksUri: env.MASKINPORTEN_JWKS_URI,
            npeScope: env.NPE_SCOPE,
            allowedConsumers: env.PARTNER_ALLOWED_CONSUMERS,
          }
        : null,
  }));

export type Config = z.output<typeof schema>;

/** The only reader of process.env in the gateway. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  return parseEnv(schema, env);
}
