import { parseEnv, serviceEnvSchema, z } from '@klageportal/kit';

const pressEnv = z.object({
  /** The schema of the press service's job queue (pg-boss): the retention job runs from it. */
  PRESS_JOBS_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/)
    .default('press_jobs'),
  /** When the retention job runs (five-field cron, Oslo time): nightly by default. */
  PRESS_RETENTION_CRON: z.string().min(9).default('30 2 * * *'),
});

const schema = z.intersection(serviceEnvSchema({ port: 4103, schema: 'press' }), pressEnv);

export type Config = z.output<typeof schema>;

/** The only reader of process.env in this service. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  return parseEnv(schema, env);
}
