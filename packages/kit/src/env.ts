import { z } from 'zod';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses an environment with a zod schema and reports every problem at once
 * (graphql-hive/console's environment.ts). Callers decide whether to exit.
 */
export function parseEnv<S extends z.ZodType>(
  schema: S,
  env: Record<string, string | undefined>,
): z.output<S> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  return deepFreeze(parsed.data);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !ArrayBuffer.isView(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** A variable holding JSON text, parsed. */
function jsonText() {
  return z.string().transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not JSON' });
      return z.NEVER;
    }
  });
}

/** Shared variable shapes. */
export const envShapes = {
  port: (fallback: number) => z.coerce.number().int().min(0).max(65_535).default(fallback),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  postgresUrl: z.url({ protocol: /^postgres(ql)?$/ }),
  nodeEnv: z.enum(['development', 'test', 'production']).default('development'),
  /** A JSON Web Key Set given as JSON text. */
  jwks: jsonText().pipe(z.object({ keys: z.array(z.record(z.string(), z.unknown())).min(1) })),
  /** A private JSON Web Key given as JSON text. */
  jwk: jsonText().pipe(z.object({ kty: z.string(), d: z.string() }).passthrough()),
};
export { z };

/**
 * The variables every service process takes, parsed into the nested shape its code reads.
 * A service's config.ts extends this with its own.
 */
export function serviceEnvSchema(defaults: { port: number; schema: string }) {
  return z
    .object({
      HOST: z.string().default('127.0.0.1'),
      PORT: envShapes.port(defaults.port),
      DATABASE_URL: envShapes.postgresUrl,
      DATABASE_SCHEMA: z
        .string()
        .regex(/^[a-z_][a-z0-9_]*$/)
        .default(defaults.schema),
      DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
      LOG_LEVEL: envShapes.logLevel,
      NODE_ENV: envShapes.nodeEnv,
      /** Public keys of the gateway's internal tokens (JWKS as JSON; several during rotation). */
      INTERNAL_JWT_PUBLIC_KEYS: envShapes.jwks,
      /** Benchmarks only: serve GET /debug/memory (live memory after a collection). Never in production. */
      DEBUG_MEMORY_ENDPOINT: z.stringbool().default(false),
    })
    .transform((env) => ({
      http: { host: env.HOST, port: env.PORT },
      internalJwt: { publicJwks: env.INTERNAL_JWT_PUBLIC_KEYS },
      db: { url: env.DATABASE_URL, schema: env.DATABASE_SCHEMA, poolMax: env.DATABASE_POOL_MAX },
      log: { level: env.LOG_LEVEL },
      nodeEnv: env.NODE_ENV,
      debug: { memoryEndpoint: env.DEBUG_MEMORY_ENDPOINT && env.NODE_ENV !== 'production' },
    }));
}
export type ServiceEnv = z.output<ReturnType<typeof serviceEnvSchema>>;
