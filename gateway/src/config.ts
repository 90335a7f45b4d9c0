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
    /** The private key (JWK as JSON) that signs internal tokens to the subgraphs. */
    INTERNAL_JWT_PRIVATE_KEY: envShapes.jwk,
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
    internalJwt: { privateJwk: env.INTERNAL_JWT_PRIVATE_KEY },
  }));

export type Config = z.output<typeof schema>;

/** The only reader of process.env in the gateway. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  return parseEnv(schema, env);
}
