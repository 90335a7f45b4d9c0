import { envShapes, parseEnv, z } from '@klageportal/kit';
import { DEFAULT_LIMITS } from './limits.js';
import { DEFAULT_RATE_LIMITS } from './rate-limits.js';
import { TRUSTED_DOCUMENTS_FILE } from './trusted-documents.js';

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
    /** Operation limits (see limits.ts): depth, aliases, cost, directives; and the document size read. */
    GATEWAY_MAX_DEPTH: z.coerce.number().int().min(2).max(100).default(DEFAULT_LIMITS.maxDepth),
    GATEWAY_MAX_ALIASES: z.coerce.number().int().min(0).max(1000).default(DEFAULT_LIMITS.maxAliases),
    GATEWAY_MAX_COST: z.coerce.number().int().min(10).max(1_000_000).default(DEFAULT_LIMITS.maxCost),
    GATEWAY_MAX_DIRECTIVES: z.coerce.number().int().min(0).max(1000).default(DEFAULT_LIMITS.maxDirectives),
    /** A subgraph that does not answer within this many ms costs its fields, not the request. */
    SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    /** Bearer token a Prometheus scraper presents at /metrics; unset: only this host may scrape. */
    METRICS_TOKEN: z.string().min(16).optional(),
    /** The portal's operations (id → text); citizen sessions may run only these. */
    TRUSTED_DOCUMENTS_FILE: z.string().default(TRUSTED_DOCUMENTS_FILE),
    /** Off only for development against a portal whose operations are changing. */
    TRUSTED_DOCUMENTS_ENFORCE: z.stringbool().default(true),
    /** Requests per minute (rate-limits.ts); 0 turns one off. */
    RATE_LIMIT_SESSION_PER_MINUTE: z.coerce
      .number()
      .int()
      .min(0)
      .default(DEFAULT_RATE_LIMITS.sessionPerMinute),
    RATE_LIMIT_PARTNER_PER_MINUTE: z.coerce
      .number()
      .int()
      .min(0)
      .default(DEFAULT_RATE_LIMITS.partnerPerMinute),
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: z.coerce
      .number()
      .int()
      .min(0)
      .default(DEFAULT_RATE_LIMITS.anonymousPerMinute),
    RATE_LIMIT_LOGIN_PER_MINUTE: z.coerce.number().int().min(0).default(DEFAULT_RATE_LIMITS.loginPerMinute),
    /**
     * Which proxies' X-Forwarded-For to believe for the caller's address (express "trust proxy"):
     * by default the portal's server on this host; behind a load balancer, its addresses or hop count.
     */
    TRUST_PROXY: z.string().default('loopback'),
    GATEWAY_MAX_DOCUMENT_BYTES: z.coerce.number().int().min(1024).max(10_000_000).default(100_000),
    PARTNER_ALLOWED_CONSUMERS: z
      .string()
      .default('')
      .transform((v) =>
        v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    /**
     * How long a session's principal is served without asking identity (session-cache.ts); 0 turns
     * it off. Logout through the gateway forgets the session at once; a change elsewhere (the IdP
     * ending the session, idle expiry, another gateway replica) is seen within this time.
     */
    SESSION_CACHE_TTL_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
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
    metricsToken: env.METRICS_TOKEN ?? null,
    rateLimits: {
      sessionPerMinute: env.RATE_LIMIT_SESSION_PER_MINUTE,
      partnerPerMinute: env.RATE_LIMIT_PARTNER_PER_MINUTE,
      anonymousPerMinute: env.RATE_LIMIT_ANONYMOUS_PER_MINUTE,
      loginPerMinute: env.RATE_LIMIT_LOGIN_PER_MINUTE,
    },
    trustProxy: /^\d+$/.test(env.TRUST_PROXY) ? Number(env.TRUST_PROXY) : env.TRUST_PROXY,
    trustedDocuments: { file: env.TRUSTED_DOCUMENTS_FILE, enforce: env.TRUSTED_DOCUMENTS_ENFORCE },
    subgraphTimeoutMs: env.SUBGRAPH_TIMEOUT_MS,
    limits: {
      maxDepth: env.GATEWAY_MAX_DEPTH,
      maxAliases: env.GATEWAY_MAX_ALIASES,
      maxCost: env.GATEWAY_MAX_COST,
      maxDirectives: env.GATEWAY_MAX_DIRECTIVES,
      maxDocumentBytes: env.GATEWAY_MAX_DOCUMENT_BYTES,
    },
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
    sessionCache: { ttlMs: env.SESSION_CACHE_TTL_MS },
  }));

export type Config = z.output<typeof schema>;

/** The only reader of process.env in the gateway. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  return parseEnv(schema, env);
}
