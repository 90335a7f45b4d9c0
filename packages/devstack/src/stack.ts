import { fileURLToPath } from 'node:url';
import {
  createInternalTokenSigner,
  generateInternalKeyPair,
  type InternalTokenSigner,
} from '@klageportal/federation';
import { type ManagedProcess, spawnProcess, waitUntilReady } from './processes.js';

export const SUBGRAPHS = ['identity', 'cases', 'press', 'stats'] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];

export type StackPorts = Record<SubgraphName | 'gateway' | 'portal', number>;

export const DEFAULT_PORTS: StackPorts = {
  gateway: 4000,
  identity: 4101,
  cases: 4102,
  press: 4103,
  stats: 4104,
  portal: 5173,
};

export type StackOptions = {
  /** Database every service connects to (each keeps to its own schema). */
  databaseUrl: string;
  ports: StackPorts;
  host?: string;
  logLevel?: string;
  /** Seed the synthetic data set (idempotent). */
  seed?: boolean;
  /** Start the portal's static server too. */
  portal?: boolean;
  onLine?: (name: string, line: string) => void;
};

export type Stack = {
  urls: { gateway: string; graphiql: string; portal?: string } & Record<SubgraphName, string>;
  processes: ManagedProcess[];
  /** Signs internal tokens as this stack's gateway does (for tests that call a subgraph directly). */
  signInternalToken: InternalTokenSigner;
  stop(): Promise<void>;
};

/** The repository root, from this file's place in packages/devstack/src or packages/devstack/dist/src. */
export const repoRoot = fileURLToPath(
  new URL(import.meta.url.includes('/dist/src/') ? '../../../../' : '../../../', import.meta.url),
);

/**
 * Starts the built services, the gateway and (optionally) the portal as child processes:
 * subgraphs first (each migrates its own schema, and seeds when asked), then the gateway once
 * every subgraph is ready, then the portal. Used by `pnpm start` and by the e2e tests.
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  const host = options.host ?? '127.0.0.1';
  const base: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    LOG_LEVEL: options.logLevel ?? 'info',
    HOST: host,
  };
  // A fresh key pair per run: internal tokens live a minute, so nothing needs to outlive it.
  const internalKeys = await generateInternalKeyPair();
  const processes: ManagedProcess[] = [];
  const stop = async () => {
    await Promise.all([...processes].reverse().map((p) => p.stop()));
  };
  const node = process.execPath;
  const urlOf = (port: number) => `http://${host}:${port}`;
  try {
    await Promise.all(
      SUBGRAPHS.map(async (name) => {
        const proc = spawnProcess({
          name,
          command: node,
          args: [
            '--enable-source-maps',
            'dist/src/main.js',
            'serve',
            '--migrate',
            ...(options.seed ? ['--seed'] : []),
          ],
          cwd: `${repoRoot}services/${name}`,
          env: {
            ...base,
            PORT: String(options.ports[name]),
            DATABASE_URL: options.databaseUrl,
            INTERNAL_JWT_PUBLIC_KEYS: JSON.stringify(internalKeys.publicJwks),
          },
          onLine: options.onLine,
        });
        processes.push(proc);
        await waitUntilReady(proc, `${urlOf(options.ports[name])}/readyz`);
      }),
    );
    const gateway = spawnProcess({
      name: 'gateway',
      command: node,
      args: ['--enable-source-maps', 'dist/src/main.js'],
      cwd: `${repoRoot}gateway`,
      env: {
        ...base,
        PORT: String(options.ports.gateway),
        APOLLO_TELEMETRY_DISABLED: '1',
        INTERNAL_JWT_PRIVATE_KEY: JSON.stringify(internalKeys.privateJwk),
        ...Object.fromEntries(
          SUBGRAPHS.map((name) => [
            `SUBGRAPH_${name.toUpperCase()}_URL`,
            `${urlOf(options.ports[name])}/graphql`,
          ]),
        ),
      },
      onLine: options.onLine,
    });
    processes.push(gateway);
    await waitUntilReady(gateway, `${urlOf(options.ports.gateway)}/readyz`);
    let portal: string | undefined;
    if (options.portal !== false) {
      const proc = spawnProcess({
        name: 'portal',
        command: node,
        args: ['--enable-source-maps', 'dist-server/serve.js'],
        cwd: `${repoRoot}apps/portal`,
        env: { ...base, PORT: String(options.ports.portal), GATEWAY_URL: urlOf(options.ports.gateway) },
        onLine: options.onLine,
      });
      processes.push(proc);
      portal = urlOf(options.ports.portal);
      await waitUntilReady(proc, `${portal}/`);
    }
    const gatewayUrl = urlOf(options.ports.gateway);
    return {
      urls: {
        gateway: `${gatewayUrl}/graphql`,
        graphiql: `${gatewayUrl}/graphiql/`,
        ...(portal ? { portal } : {}),
        ...(Object.fromEntries(SUBGRAPHS.map((n) => [n, `${urlOf(options.ports[n])}/graphql`])) as Record<
          SubgraphName,
          string
        >),
      },
      processes,
      signInternalToken: await createInternalTokenSigner({ privateJwk: internalKeys.privateJwk }),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
