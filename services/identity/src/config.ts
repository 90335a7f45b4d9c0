import { envShapes, parseEnv, serviceEnvSchema, z } from '@klageportal/kit';

const key32 = z
  .base64()
  .transform((v) => Buffer.from(v, 'base64'))
  .refine((b) => b.length === 32, 'must be 32 bytes, base64');

const identityEnv = z.object({
  /** The portal's public origin: login callbacks and redirects go there. */
  PUBLIC_BASE_URL: z.url().default('http://127.0.0.1:5173'),
  FNR_ENCRYPTION_KEY: key32,
  FNR_HASH_KEY: key32,
  /** Encrypts the short-lived cookie that carries state, nonce and PKCE verifier through a login. */
  LOGIN_COOKIE_KEY: key32,
  /** Synthetic (Tenor/Dolly) fødselsnummer are accepted only where this is set: never in production. */
  ALLOW_SYNTHETIC_FNR: z.stringbool().default(false),
  SESSION_COOKIE_NAME: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/)
    .default('kp_session'),
  SESSION_COOKIE_SECURE: z.stringbool().optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(30).default(30),
  SESSION_MAX_MINUTES: z.coerce.number().int().min(5).max(120).default(120),
  IDPORTEN_ISSUER: z.url().optional(),
  IDPORTEN_CLIENT_ID: z.string().min(1).optional(),
  IDPORTEN_CLIENT_SECRET: z.string().min(1).optional(),
  ANSATT_ISSUER: z.url().optional(),
  ANSATT_CLIENT_ID: z.string().min(1).optional(),
  ANSATT_CLIENT_SECRET: z.string().min(1).optional(),
  LOG_LEVEL: envShapes.logLevel,
  /**
   * The schema of the event queues between services (pg-boss) in this database; unset: identity
   * publishes no events (tests that do not need them).
   */
  EVENTS_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/)
    .optional(),
});

const schema = z
  .intersection(serviceEnvSchema({ port: 4101, schema: 'identity' }), identityEnv)
  .transform((env) => {
    const client = (issuer?: string, clientId?: string, clientSecret?: string) =>
      issuer && clientId && clientSecret ? { issuer, clientId, clientSecret } : null;
    return {
      http: env.http,
      db: env.db,
      log: env.log,
      events: env.EVENTS_SCHEMA ? { schema: env.EVENTS_SCHEMA } : null,
      nodeEnv: env.nodeEnv,
      debug: env.debug,
      internalJwt: env.internalJwt,
      publicBaseUrl: env.PUBLIC_BASE_URL.replace(/\/+$/, ''),
      fnr: {
        encryptionKey: env.FNR_ENCRYPTION_KEY,
        hashKey: env.FNR_HASH_KEY,
        allowSynthetic: env.ALLOW_SYNTHETIC_FNR,
      },
      loginCookieKey: env.LOGIN_COOKIE_KEY,
      session: {
        cookieName: env.SESSION_COOKIE_NAME,
        secure: env.SESSION_COOKIE_SECURE ?? env.nodeEnv === 'production',
        idleMs: env.SESSION_IDLE_MINUTES * 60_000,
        maxMs: env.SESSION_MAX_MINUTES * 60_000,
      },
      /** ID-porten for citizens; null = login switched off. */
      idporten: client(env.IDPORTEN_ISSUER, env.IDPORTEN_CLIENT_ID, env.IDPORTEN_CLIENT_SECRET),
      /** The staff identity provider; null = staff login switched off. */
      ansatt: client(env.ANSATT_ISSUER, env.ANSATT_CLIENT_ID, env.ANSATT_CLIENT_SECRET),
    };
  });

export type Config = z.output<typeof schema>;

/** The only reader of process.env in this service. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  return parseEnv(schema, env);
}
