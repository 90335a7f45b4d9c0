import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createInternalTokenSigner,
  generateInternalKeyPair,
  type InternalKeyPair,
  type InternalTokenSigner,
} from '@klageportal/federation';
import { type MailCatcher, startMailCatcher } from './mail-catcher.js';
import { type ManagedProcess, spawnProcess, waitUntilReady } from './processes.js';
import { type DevSecrets, NPE_SCOPE } from './secrets.js';

export const SUBGRAPHS = ['identity', 'cases', 'press', 'stats'] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];

export type StackPorts = Record<SubgraphName | 'gateway' | 'portal' | 'idp', number>;

export const DEFAULT_PORTS: StackPorts = {
  gateway: 4000,
  identity: 4101,
  cases: 4102,
  press: 4103,
  stats: 4104,
  portal: 5173,
  idp: 4400,
};

/** Synthetic staff users of the staff IdP simulator. */
export const STAFF_USERS = [
  {
    id: 'saksbehandler-siri',
    name: 'Saksbehandler Siri',
    email: 'siri@klageorgan.example',
    groups: ['case_officer'],
  },
  {
    id: 'pressevakt-per',
    name: 'Pressevakt Per',
    email: 'per@klageorgan.example',
    groups: ['press_officer'],
  },
  { id: 'analytiker-ane', name: 'Analytiker Ane', email: 'ane@klageorgan.example', groups: ['analyst'] },
];

export type SyntheticLogin = { id: string; displayName: string; fnr: string; note: string };

/** The synthetic persons identity seeds (read from its build: they are its data, not ours). */
export async function syntheticPersons(): Promise<SyntheticLogin[]> {
  const seed = (await import(
    pathToFileURL(`${repoRoot}services/identity/dist/src/store/seed/index.js`).href
  )) as { SYNTHETIC_PERSONS: readonly SyntheticLogin[] };
  return seed.SYNTHETIC_PERSONS.map(({ id, displayName, fnr, note }) => ({ id, displayName, fnr, note }));
}

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
  /** Benchmarks: every service serves GET /debug/memory. */
  debugMemory?: boolean;
  secrets: DevSecrets;
  /** Where to write the IdP simulator's config (default: a temp file). */
  configDir?: string;
  /**
   * Ports of the local mail catcher (SMTP and its web page); each defaults to a free port. The
   * cases service is told to send its e-mail there.
   */
  mailCatcher?: { smtpPort?: number; uiPort?: number };
  onLine?: (name: string, line: string) => void;
  /** Extra settings for the gateway (e.g. a benchmark turns the rate limits off: RATE_LIMIT_*=0). */
  gatewayEnv?: Record<string, string>;
};

export type Stack = {
  urls: {
    gateway: string;
    graphiql: string;
    portal: string;
    idp: string;
    /** The mail catcher's page (its JSON API is `${mail}/api/messages`). */
    mail: string;
    /** Where the stack's services send e-mail (`smtp://host:port`). */
    smtp: string;
  } & Record<SubgraphName, string>;
  /** The local mail catcher every e-mail of this stack goes to (read it with `messages()`). */
  mailCatcher: MailCatcher;
  /** The file the development SMS provider appends its messages to (JSON lines). */
  smsOutboxFile: string;
  persons: SyntheticLogin[];
  processes: ManagedProcess[];
  /** Signs internal tokens as this stack's gateway does (for tests that call a subgraph directly). */
  signInternalToken: InternalTokenSigner;
  /** The gateway's key pair the subgraphs trust (for benchmarks that start another gateway in front of them). */
  internalKeys: InternalKeyPair;
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
    ...(options.debugMemory ? { DEBUG_MEMORY_ENDPOINT: 'true' } : {}),
  };
  // A fresh key pair per run: internal tokens live a minute, so nothing needs to outlive it.
  const internalKeys = await generateInternalKeyPair();
  // stats reads the case-event feed of cases with a key of its own (never the gateway's)
  const feedKeys = await generateInternalKeyPair('stats-feed');
  const processes: ManagedProcess[] = [];
  let mailCatcher: MailCatcher | undefined;
  const stop = async () => {
    await Promise.all([...processes].reverse().map((p) => p.stop()));
    await mailCatcher?.stop();
  };
  const node = process.execPath;
  const urlOf = (port: number) => `http://${host}:${port}`;
  const portalUrl = urlOf(options.ports.portal);
  const idpUrl = urlOf(options.ports.idp);
  const { secrets } = options;
  const persons = await syntheticPersons();
  try {
    mailCatcher = await startMailCatcher({
      host,
      smtpPort: options.mailCatcher?.smtpPort ?? 0,
      uiPort: options.mailCatcher?.uiPort ?? 0,
    });
    const smsOutboxFile = join(options.configDir ?? tmpdir(), `sms-outbox-${options.ports.cases}.jsonl`);
    const simulatorConfig = join(options.configDir ?? tmpdir(), `idp-simulator-${options.ports.idp}.json`);
    await writeFile(
      simulatorConfig,
      JSON.stringify({
        idporten: {
          clients: [
            {
              clientId: 'klageportal',
              clientSecret: secrets.idportenClientSecret,
              redirectUris: [`${portalUrl}/auth/callback`],
              postLogoutRedirectUris: [`${portalUrl}/`],
            },
          ],
          persons: persons.map((p) => ({ pid: p.fnr, name: p.displayName, note: p.note })),
        },
        ansatt: {
          clients: [
            {
              clientId: 'klageportal-ansatt',
              clientSecret: secrets.ansattClientSecret,
              redirectUris: [`${portalUrl}/auth/staff/callback`],
              postLogoutRedirectUris: [`${portalUrl}/`],
            },
          ],
          users: STAFF_USERS,
        },
        maskinporten: {
          clients: [secrets.npeClient, secrets.otherPartnerClient].map((c) => ({
            clientId: c.clientId,
            orgnr: c.orgnr,
            scopes: c.scopes,
            jwks: { keys: [c.publicJwk] },
          })),
        },
      }),
      { mode: 0o600 },
    );
    const idp = spawnProcess({
      name: 'idp',
      command: node,
      args: ['--enable-source-maps', 'dist/src/main.js'],
      cwd: `${repoRoot}packages/idp-simulator`,
      env: { ...base, PORT: String(options.ports.idp), IDP_SIMULATOR_CONFIG: simulatorConfig },
      onLine: options.onLine,
    });
    processes.push(idp);
    await waitUntilReady(idp, `${idpUrl}/healthz`);

    const serviceEnv: Record<SubgraphName, Record<string, string>> = {
      identity: {
        PUBLIC_BASE_URL: portalUrl,
        FNR_ENCRYPTION_KEY: secrets.fnrEncryptionKey,
        FNR_HASH_KEY: secrets.fnrHashKey,
        LOGIN_COOKIE_KEY: secrets.loginCookieKey,
        ALLOW_SYNTHETIC_FNR: 'true',
        IDPORTEN_ISSUER: `${idpUrl}/idporten`,
        IDPORTEN_CLIENT_ID: 'klageportal',
        IDPORTEN_CLIENT_SECRET: secrets.idportenClientSecret,
        ANSATT_ISSUER: `${idpUrl}/ansatt`,
        ANSATT_CLIENT_ID: 'klageportal-ansatt',
        ANSATT_CLIENT_SECRET: secrets.ansattClientSecret,
        // identity tells cases who consents to notices (pg-boss queues in schema `events`)
        EVENTS_SCHEMA: 'events',
      },
      // notifications (see @klageportal/notify: notificationEnvSchema)
      cases: {
        SMTP_HOST: mailCatcher.smtp.host,
        SMTP_PORT: String(mailCatcher.smtp.port),
        MIN_SIDE_URL: portalUrl,
        SMS_OUTBOX_FILE: smsOutboxFile,
        EVENTS_SCHEMA: 'events',
        CASE_FEED_CONSUMER_KEYS: JSON.stringify(feedKeys.publicJwks),
        // background cases, so the public statistics have figures above the suppression threshold
        SEED_STATISTICAL_CASES: '1500',
      },
      press: {},
      stats: {
        CASES_FEED_URL: `${urlOf(options.ports.cases)}/feed/case-events`,
        CASE_FEED_PRIVATE_KEY: JSON.stringify(feedKeys.privateJwk),
      },
    };
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
            ...serviceEnv[name],
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
        MASKINPORTEN_ISSUER: `${idpUrl}/maskinporten`,
        MASKINPORTEN_JWKS_URI: `${idpUrl}/maskinporten/jwk`,
        NPE_SCOPE,
        ...Object.fromEntries(
          SUBGRAPHS.map((name) => [
            `SUBGRAPH_${name.toUpperCase()}_URL`,
            `${urlOf(options.ports[name])}/graphql`,
          ]),
        ),
        ...options.gatewayEnv,
      },
      onLine: options.onLine,
    });
    processes.push(gateway);
    await waitUntilReady(gateway, `${urlOf(options.ports.gateway)}/readyz`);
    if (options.portal !== false) {
      const proc = spawnProcess({
        name: 'portal',
        command: node,
        args: ['--enable-source-maps', 'dist-server/serve.js'],
        cwd: `${repoRoot}apps/portal`,
        env: {
          ...base,
          PORT: String(options.ports.portal),
          GATEWAY_URL: urlOf(options.ports.gateway),
          // logout's form POST is redirected on to the IdP: CSP form-action must allow it
          IDP_ORIGINS: idpUrl,
        },
        onLine: options.onLine,
      });
      processes.push(proc);
      await waitUntilReady(proc, `${portalUrl}/`);
    }
    const gatewayUrl = urlOf(options.ports.gateway);
    return {
      urls: {
        gateway: `${gatewayUrl}/graphql`,
        graphiql: `${gatewayUrl}/graphiql/`,
        portal: portalUrl,
        idp: idpUrl,
        mail: mailCatcher.urls.ui,
        smtp: mailCatcher.urls.smtp,
        ...(Object.fromEntries(SUBGRAPHS.map((n) => [n, `${urlOf(options.ports[n])}/graphql`])) as Record<
          SubgraphName,
          string
        >),
      },
      persons,
      processes,
      mailCatcher,
      smsOutboxFile,
      signInternalToken: await createInternalTokenSigner({ privateJwk: internalKeys.privateJwk }),
      internalKeys,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
