import { envShapes, parseEnv, serviceEnvSchema, z } from '@klageportal/kit';
import { notificationEnvSchema } from '@klageportal/notify';

const casesEnv = z.object({
  /** With `seed`: also this many synthetic background cases (no parties) for the statistics. */
  SEED_STATISTICAL_CASES: z.coerce.number().int().min(0).max(5_000_000).default(0),
  /** Public keys (JWKS) of the stats service: the only caller of the case-event feed. Unset: no feed. */
  CASE_FEED_CONSUMER_KEYS: envShapes.jwks.optional(),
  /**
   * The schema of the event queues between services (pg-boss); unset: cases neither hears
   * identity's consent events nor sends notices (tests that do not need them).
   */
  EVENTS_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/)
    .optional(),
});

const schema = z.intersection(serviceEnvSchema({ port: 4102, schema: 'cases' }), casesEnv);

export type Config = z.output<typeof schema> & {
  /** Notices (SMTP, SMS, the Min side link, the queue): null when events or MIN_SIDE_URL are off. */
  notifications: z.output<typeof notificationEnvSchema> | null;
};

/** The only reader of process.env in this service. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const base = parseEnv(schema, env);
  const notifications = base.EVENTS_SCHEMA && env.MIN_SIDE_URL ? parseEnv(notificationEnvSchema, env) : null;
  return { ...base, notifications };
}
