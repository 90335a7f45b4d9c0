import { readFile } from 'node:fs/promises';
import { ConfigError, envShapes, parseEnv, z } from '@klageportal/kit';
import type { SimulatorOptions } from './types.js';

const envSchema = z
  .object({
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: envShapes.port(4400),
    BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
    IDP_SIMULATOR_CONFIG: z.string().min(1),
    LOG_LEVEL: envShapes.logLevel,
  })
  .transform((env) => ({
    host: env.HOST,
    port: env.PORT,
    baseUrl: env.BASE_URL,
    configFile: env.IDP_SIMULATOR_CONFIG,
    logLevel: env.LOG_LEVEL,
  }));

export type SimulatorEnv = z.output<typeof envSchema>;

const jwk = z.object({ kty: z.string() }).catchall(z.unknown());
const oidcClient = z.object({
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  redirectUris: z.array(z.url()).min(1),
  postLogoutRedirectUris: z.array(z.url()).default([]),
  backchannelLogoutUri: z.url().optional(),
});

/** The JSON file named by IDP_SIMULATOR_CONFIG. */
export const simulatorFileSchema = z.object({
  idporten: z.object({
    clients: z.array(oidcClient).default([]),
    persons: z
      .array(
        z.object({
          pid: z.string().regex(/^\d{11}$/, 'pid must be 11 digits'),
          name: z.string().min(1),
          note: z.string().optional(),
        }),
      )
      .default([]),
  }),
  ansatt: z.object({
    clients: z.array(oidcClient).default([]),
    users: z
      .array(
        z.object({
          id: z.string().min(1),
          name: z.string().min(1),
          email: z.string().min(1),
          groups: z.array(z.string()).default([]),
        }),
      )
      .default([]),
  }),
  maskinporten: z.object({
    clients: z
      .array(
        z.object({
          clientId: z.string().min(1),
          orgnr: z.string().regex(/^\d{9}$/, 'orgnr must be 9 digits'),
          scopes: z.array(z.string().min(1)).min(1),
          jwks: z.object({ keys: z.array(jwk).min(1) }),
        }),
      )
      .default([]),
  }),
  signingKeys: z
    .object({ idporten: jwk.optional(), ansatt: jwk.optional(), maskinporten: jwk.optional() })
    .optional(),
});

export type SimulatorFile = z.output<typeof simulatorFileSchema>;

/** The only reader of process.env for the simulator CLI. */
export function loadSimulatorEnv(env: Record<string, string | undefined> = process.env): SimulatorEnv {
  return parseEnv(envSchema, env);
}

/** Reads and validates the JSON configuration file; every problem is reported as a ConfigError. */
export async function loadSimulatorFile(
  path: string,
): Promise<Pick<SimulatorOptions, 'idporten' | 'ansatt' | 'maskinporten' | 'signingKeys'>> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new ConfigError([`IDP_SIMULATOR_CONFIG: cannot read ${path}: ${(error as Error).message}`]);
  }
  const parsed = simulatorFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${path}: ${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  return parsed.data as Pick<SimulatorOptions, 'idporten' | 'ansatt' | 'maskinporten' | 'signingKeys'>;
}

export { ConfigError };
