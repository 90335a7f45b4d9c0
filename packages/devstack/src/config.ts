import { ConfigError, envShapes, parseEnv, z } from '@klageportal/kit';

const schema = z
  .object({
    DATABASE_URL: envShapes.postgresUrl.optional(),
    EMBEDDED_PG_PORT: envShapes.port(54_329),
    DATA_DIR: z.string().min(1).default('.data'),
    GATEWAY_PORT: envShapes.port(4000),
    PORTAL_PORT: envShapes.port(5173),
    IDENTITY_PORT: envShapes.port(4101),
    CASES_PORT: envShapes.port(4102),
    PRESS_PORT: envShapes.port(4103),
    STATS_PORT: envShapes.port(4104),
    IDP_PORT: envShapes.port(4400),
    SMTP_PORT: envShapes.port(1025),
    MAIL_UI_PORT: envShapes.port(1080),
    LOG_LEVEL: envShapes.logLevel,
  })
  .transform((env) => ({
    databaseUrl: env.DATABASE_URL,
    embeddedPostgresPort: env.EMBEDDED_PG_PORT,
    dataDir: env.DATA_DIR,
    ports: {
      gateway: env.GATEWAY_PORT,
      portal: env.PORTAL_PORT,
      identity: env.IDENTITY_PORT,
      cases: env.CASES_PORT,
      press: env.PRESS_PORT,
      stats: env.STATS_PORT,
      idp: env.IDP_PORT,
    },
    mailCatcher: { smtpPort: env.SMTP_PORT, uiPort: env.MAIL_UI_PORT },
    logLevel: env.LOG_LEVEL,
  }));

export type StartConfig = z.output<typeof schema>;

/** The only reader of process.env for `pnpm start`. */
export function loadStartConfig(env: Record<string, string | undefined> = process.env): StartConfig {
  return parseEnv(schema, env);
}

export { ConfigError };
