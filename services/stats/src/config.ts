import { parseEnv, serviceEnvSchema, type z } from '@klageportal/kit';

const schema = serviceEnvSchema({ port: 4104, schema: 'stats' });

export type Config = z.output<typeof schema>;

/** The only reader of process.env in this service. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  return parseEnv(schema, env);
}
