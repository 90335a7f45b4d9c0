import { envShapes, parseEnv, serviceEnvSchema, z } from '@klageportal/kit';

const statsEnv = z.object({
  /** The cases service's case-event feed; unset: no projection is fed (tests that need none). */
  CASES_FEED_URL: z.url().optional(),
  /** This service's own private key (JWK) for the feed; cases trusts its public half for the feed only. */
  CASE_FEED_PRIVATE_KEY: envShapes.jwk.optional(),
  /** No published figure below this (small-cell suppression). */
  SUPPRESSION_THRESHOLD: z.coerce.number().int().min(2).max(100).default(5),
  /** Events per batch (one transaction each). */
  CASE_FEED_BATCH: z.coerce.number().int().min(1).max(5000).default(2000),
  /** How often the consumer asks the feed for more when it has caught up. */
  CASE_FEED_POLL_MS: z.coerce.number().int().min(100).max(60_000).default(1000),
});

const schema = z.intersection(serviceEnvSchema({ port: 4104, schema: 'stats' }), statsEnv);

export type Config = z.output<typeof schema>;

/** The only reader of process.env in this service. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  return parseEnv(schema, env);
}
