import { ConfigError, envShapes, parseEnv, z } from '@klageportal/kit';

const schema = z
  .object({
    DATABASE_URL: envShapes.postgresUrl.optional(),
    EMBEDDED_PG_PORT: envShapes.port(54_329),
    GATEWAY_PORT: envShapes.port(4000),
    PORTAL_PORT: envShapes.port(5173),
    LOG_LEVEL: envShapes.logLevel,
  })
  .transform((env) => ({
    databaseUrl: env.DATABASE_URL,
    embeddedPostgresPort: env.EMBEDDED_PG_PORT,
    ports: { gateway: env.GATEWAY_PORT, portal: env.PORTAL_PORT },
    logLevel: env.LOG_LEVEL,
  }));

export type StartConfig = z.output<typeof schema>;

/** The only reader of process.env for `pnpm start`. */
export function loadStartConfig(env: Record<string, string | undefined> = process.env): StartConfig {
  return parseEnv(schema, env);
}

export { ConfigError };
