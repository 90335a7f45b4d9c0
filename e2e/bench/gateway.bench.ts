import { execFileSync, spawn } from 'node:child_process';
import { openSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedLawyerCases } from '@klageportal/cases';
import { freePort, repoRoot, SUBGRAPHS } from '@klageportal/devstack';
import { anonymous, type Principal } from '@klageportal/federation';
import autocannon from 'autocannon';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { sessionCookie } from '../support/portal.js';
import { startTestStack, type TestStack, withCasesDatabase } from '../support/stack.js';

/**
 * `pnpm bench`: our gateway against Hive Gateway (@graphql-hive/gateway) on the portal's
 * dashboard query (Mine saker's first load: viewer from identity; first page of cases, newest
 * documents and case types from cases), for a lawyer with many cases and documents, logged in
 * through the portal in Chromium, sent as the portal's exact operation text (a trusted document
 * for ours). Both gateways run the committed gateway/supergraph.graphql against the same running
 * subgraphs and do the same work per request with the same code: the caller from the session
 * cookie through identity, an internal token per caller and subgraph (see hive-gateway.config.ts).
 * Ours runs as in production otherwise (NODE_ENV=production, info logs, limits, trusted documents,
 * rate limiter, metrics); Hive at its defaults.
 *
 * autocannon at a fixed concurrency, a warm-up then a measured window, ours and Hive alternated
 * (ours–Hive, Hive–ours, …) for several rounds in one run so both see the same noise on this
 * shared machine; medians over rounds. Also: the cases subgraph called directly with a valid
 * internal token (its part of the query), for the gateway overhead; and each gateway's CPU per
 * request (its processes' user + system time over the measured window). Both answers are
 * checked equal and correct before measuring, and every measured response must be that answer.
 * Figures are reported (table, bench/results/<date>.json), never asserted.
 *
 * Knobs: BENCH_CONNECTIONS (20), BENCH_WARMUP_S (3), BENCH_DURATION_S (10), BENCH_ROUNDS (5),
 * BENCH_CASES (2000); BENCH_SESSIONS (1: every connection on one session; n: the lawyer logged
 * in n times, connection i on session i mod n — no two connections' requests are identical
 * then); BENCH_HIVE_CACHES (auto: Hive gets the caches ours uses — the token cache, and the
 * session cache when ours remembers sessions, which the run finds out by ending a session at
 * identity behind its back; false: Hive looks every session up and signs a fresh token per
 * subgraph call, the work our gateway did before docs/performance.md); BENCH_HIVE_DEDUPLICATE
 * (unset: Hive's default, merging on). For measuring a change: BENCH_GATEWAY_DIR (a build of
 * our gateway laid out like gateway/, default gateway/) and BENCH_LABEL (results go to
 * bench/results/<date>-<label>.json).
 */
const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const CONNECTIONS = num('BENCH_CONNECTIONS', 20);
const WARMUP_S = num('BENCH_WARMUP_S', 3);
const DURATION_S = num('BENCH_DURATION_S', 10);
const ROUNDS = num('BENCH_ROUNDS', 5);
const CASES = num('BENCH_CASES', 2_000);
const SESSIONS = num('BENCH_SESSIONS', 1);
const HIVE_CACHES = process.env.BENCH_HIVE_CACHES === 'false' ? 'none' : 'as ours';
const DOCUMENTS_PER_CASE = 3;
/** The session cache's time for both gateways (ours: its default, once its server passes it on). */
const SESSION_CACHE_MS = 5_000;
/** Sequential requests per target for the unloaded latency (one connection). */
const SEQUENTIAL = 300;
// Anne Eksempel, the synthetic lawyer (identity's seed)
const LAWYER = '0b7c2a52-5f7e-4c1e-8f2a-000000000003';

const require = createRequire(import.meta.url);
const SUPERGRAPH = join(repoRoot, 'gateway/supergraph.graphql');
const HIVE_CONFIG = fileURLToPath(new URL('./hive-gateway.config.ts', import.meta.url));
const RESULTS_DIR = join(repoRoot, 'bench/results');
const GATEWAY_DIR = process.env.BENCH_GATEWAY_DIR ?? join(repoRoot, 'gateway');
const LABEL = process.env.BENCH_LABEL;

type Target = 'ours' | 'hive' | 'direct';
type Gateway = { name: Target; url: string; pid: number; stop(): Promise<void>; log: string };
type Sample = {
  target: Target;
  round: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  cpuMsPerRequest: number | null;
  requests: number;
  non2xx: number;
  errors: number;
  mismatches: number;
};

let stack: TestStack;
let browser: Browser | undefined;
/** One session cookie per login of the lawyer (BENCH_SESSIONS). */
const cookies: string[] = [];
let principal: Principal;
let workDir: string;
let operation: { query: string; variables: Record<string, unknown> };
let body: string;
let hiveCaches: { sessionCacheMs: number; tokenCache: boolean };
const gateways: Gateway[] = [];

/** The portal's own operation (trusted documents: the exact text the portal sends). */
async function dashboardOperation(): Promise<{ query: string; variables: Record<string, unknown> }> {
  const api = (path: string) => new URL(`../../apps/portal/src/api/${path}`, import.meta.url).href;
  const dashboard = (await import(/* @vite-ignore */ api('dashboard.ts'))) as {
    DASHBOARD_QUERY: string;
    dashboardVariables(language: 'NB', filter: unknown): Record<string, unknown>;
  };
  const { emptyFilter } = (await import(/* @vite-ignore */ api('cases.ts'))) as { emptyFilter: unknown };
  return { query: dashboard.DASHBOARD_QUERY, variables: dashboard.dashboardVariables('NB', emptyFilter) };
}

/** The query without one root field (and its selection): the part another subgraph answers. */
function withoutRootField(query: string, field: string): string {
  const start = query.search(new RegExp(`\\n\\s*${field}\\s*\\{`));
  if (start < 0) throw new Error(`no root field ${field}`);
  let depth = 0;
  for (let i = query.indexOf('{', start); i < query.length; i++) {
    if (query[i] === '{') depth++;
    else if (query[i] === '}' && --depth === 0) return query.slice(0, start) + query.slice(i + 1);
  }
  throw new Error('unbalanced query');
}

/** CPU time (user + system, ms) of a process and its descendants, from /proc. */
const TICK_MS = 1000 / Number(execFileSync('getconf', ['CLK_TCK']).toString().trim());
function cpuMs(pid: number): number {
  const stats = new Map<number, { ppid: number; ticks: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(entry), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // gone meanwhile
    }
  }
  let total = 0;
  const wanted = new Set([pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [p, s] of stats) {
      if (!wanted.has(p) && wanted.has(s.ppid)) {
        wanted.add(p);
        grew = true;
      }
    }
  }
  for (const p of wanted) total += stats.get(p)?.ticks ?? 0;
  return total * TICK_MS;
}

async function startProcess(
  name: Target,
  args: string[],
  options: { cwd: string; env: Record<string, string>; port: number; readyPath: string },
): Promise<Gateway> {
  const log = join(workDir, `${name}.log`);
  const out = openSync(log, 'a');
  const child = spawn(process.execPath, args, {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', ...options.env },
    stdio: ['ignore', out, out],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} stopped:\n${await readFile(log, 'utf8')}`);
    if (Date.now() > deadline) throw new Error(`${name} not ready:\n${await readFile(log, 'utf8')}`);
    const ok = await fetch(`${base}${options.readyPath}`, { signal: AbortSignal.timeout(2_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    name,
    url: `${base}/graphql`,
    pid: child.pid!,
    log,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

const subgraphUrls = () => Object.fromEntries(SUBGRAPHS.map((n) => [n, stack.urls[n]]));

/** Our gateway's environment (beyond PATH and NODE_ENV). */
function oursEnv(port: number): Record<string, string> {
  return {
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'info',
    APOLLO_TELEMETRY_DISABLED: '1',
    SESSION_CACHE_TTL_MS: String(SESSION_CACHE_MS),
    // the rate limiter still counts every request, but one session at full speed stays under
    // it (Hive has none; production's 1,200 a minute would cut this run short)
    RATE_LIMIT_SESSION_PER_MINUTE: '1000000000',
    INTERNAL_JWT_PRIVATE_KEY: JSON.stringify(stack.internalKeys.privateJwk),
    ...Object.fromEntries(
      Object.entries(subgraphUrls()).map(([n, url]) => [`SUBGRAPH_${n.toUpperCase()}_URL`, url]),
    ),
  };
}

async function startOurs(): Promise<Gateway> {
  const port = await freePort();
  return startProcess('ours', ['dist/src/main.js'], {
    cwd: GATEWAY_DIR,
    port,
    readyPath: '/readyz',
    env: oursEnv(port),
  });
}

/**
 * Whether our gateway remembers session lookups (its server turns the cache on): a session
 * ended at identity itself, not through the gateway, still opens ours right after.
 */
async function oursRemembersSessions(gateway: Gateway, body: string, browser: Browser): Promise<boolean> {
  const probe = await sessionCookie(stack, browser, 'citizen', 'Advokat Anne Eksempel');
  const authenticated = async () => {
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: probe },
      body,
    });
    return ((await res.json()) as { data?: { viewer?: { authenticated: boolean } | null } }).data?.viewer
      ?.authenticated;
  };
  expect(await authenticated()).toBe(true);
  const logout = await fetch(`${new URL(stack.urls.identity).origin}/auth/logout`, {
    method: 'POST',
    headers: { cookie: probe },
    redirect: 'manual',
  });
  expect(logout.status).toBe(303);
  return (await authenticated()) === true;
}

/** Hive with the same caches as ours (see hive-gateway.config.ts), or none. */
async function startHive(caches: { sessionCacheMs: number; tokenCache: boolean }): Promise<Gateway> {
  const port = await freePort();
  const pkg = require.resolve('@graphql-hive/gateway/package.json');
  const bin = join(
    dirname(pkg),
    (JSON.parse(readFileSync(pkg, 'utf8')) as { bin: Record<string, string> }).bin['hive-gateway']!,
  );
  const dedupe = process.env.BENCH_HIVE_DEDUPLICATE;
  return startProcess(
    'hive',
    [bin, 'supergraph', SUPERGRAPH, '-c', HIVE_CONFIG, '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: dirname(HIVE_CONFIG),
      port,
      readyPath: '/readiness',
      env: {
        BENCH_INTERNAL_JWK: JSON.stringify(stack.internalKeys.privateJwk),
        BENCH_SUBGRAPH_URLS: JSON.stringify(subgraphUrls()),
        ...(dedupe === undefined ? {} : { BENCH_HIVE_DEDUPLICATE: dedupe }),
        BENCH_HIVE_SESSION_CACHE_MS: String(caches.sessionCacheMs),
        BENCH_HIVE_TOKEN_CACHE: String(caches.tokenCache),
      },
    },
  );
}

/** One autocannon run; CPU of `pid` (and children) over the run when given. */
async function cannon(options: {
  url: string;
  headers: Record<string, string>;
  body: string;
  expectBody?: string;
  connections: number;
  duration?: number;
  amount?: number;
  pid?: number;
  /** Connection i sends cookie i mod n (the gateways' runs). */
  cookies?: string[];
}) {
  const cookies = options.cookies ?? [];
  let next = 0;
  const cpuBefore = options.pid ? cpuMs(options.pid) : 0;
  const result = await autocannon({
    url: options.url,
    method: 'POST',
    headers: options.headers,
    body: options.body,
    connections: options.connections,
    pipelining: 1,
    ...(options.amount ? { amount: options.amount } : { duration: options.duration ?? DURATION_S }),
    ...(options.expectBody ? { expectBody: options.expectBody } : {}),
    ...(options.cookies
      ? {
          setupClient: (client: autocannon.Client) => {
            client.setHeaders({ ...options.headers, cookie: cookies[next++ % cookies.length] });
          },
        }
      : {}),
  });
  const cpu = options.pid ? cpuMs(options.pid) - cpuBefore : null;
  const requests = result['2xx'] + result.non2xx;
  return { result, requests, cpuMsPerRequest: cpu === null || requests === 0 ? null : cpu / requests };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'gateway-bench-'));
  stack = await startTestStack();
  await withCasesDatabase(stack.databaseUrl, (em) =>
    seedLawyerCases(em, {
      lawyerPersonId: LAWYER,
      count: CASES,
      prefix: '91',
      documents: DOCUMENTS_PER_CASE,
    }),
  );
  operation = await dashboardOperation();
  body = JSON.stringify({ operationName: 'Dashboard', ...operation });
  browser = await launchChromium();
  for (let i = 0; i < SESSIONS; i++) {
    cookies.push(await sessionCookie(stack, browser, 'citizen', 'Advokat Anne Eksempel'));
  }
  const ours = await startOurs();
  gateways.push(ours);
  // Hive does the same work as ours: the same caches
  const remembers = await oursRemembersSessions(ours, body, browser);
  hiveCaches =
    HIVE_CACHES === 'none'
      ? { sessionCacheMs: 0, tokenCache: false }
      : {
          sessionCacheMs: remembers ? SESSION_CACHE_MS : 0,
          tokenCache: true,
        };
  gateways.push(await startHive(hiveCaches));
  await browser.close();
  browser = undefined;
  // the lawyer's principal as identity resolves it, for calling cases directly
  const sessionId = /(?:^|; )kp_session=([^;]+)/.exec(cookies[0]!)?.[1];
  const res = await fetch(`${new URL(stack.urls.identity).origin}/internal/sessions/resolve`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await stack.signInternalToken(anonymous, 'identity-sessions', 'bench-resolve')}`,
    },
    body: JSON.stringify({ sessionId }),
  });
  principal = ((await res.json()) as { principal: Principal }).principal;
}, 600_000);
afterAll(async () => {
  await Promise.all(gateways.map((g) => g.stop()));
  await browser?.close();
  await stack?.dispose();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe('gateway: ours against Hive Gateway', () => {
  it('the dashboard query under load', async () => {
    const headers = { 'content-type': 'application/json', cookie: cookies[0]! };
    const [ours, hive] = gateways as [Gateway, Gateway];

    // the same, correct answer from both, before anything is measured
    const answers: Record<string, string> = {};
    for (const gateway of gateways) {
      const res = await fetch(gateway.url, { method: 'POST', headers, body });
      answers[gateway.name] = await res.text();
      const answer = JSON.parse(answers[gateway.name]!) as {
        data?: {
          viewer: { authenticated: boolean; person: { id: string } | null };
          myCases: { totalCount: number; items: unknown[] };
          myLatestDocuments?: unknown[];
        };
        errors?: unknown;
      };
      expect(answer.errors, gateway.name).toBeUndefined();
      expect(answer.data?.viewer.person?.id, gateway.name).toBe(LAWYER);
      expect(answer.data?.myCases.totalCount, gateway.name).toBeGreaterThanOrEqual(CASES);
      expect(answer.data?.myCases.items, gateway.name).toHaveLength(operation.variables.first as number);
      expect(answer.data?.myLatestDocuments, gateway.name).toHaveLength(operation.variables.latest as number);
    }
    expect(JSON.parse(answers.hive!)).toEqual(JSON.parse(answers.ours!));

    // the cases subgraph alone: its part of the query, with a valid internal token
    const directQuery = withoutRootField(operation.query, 'viewer');
    const directBody = JSON.stringify({
      operationName: 'Dashboard',
      query: directQuery,
      variables: operation.variables,
    });
    const directHeaders = async () => ({
      'content-type': 'application/json',
      authorization: `Bearer ${await stack.signInternalToken(principal, 'cases', 'bench-direct')}`,
    });
    const directCheck = await fetch(stack.urls.cases, {
      method: 'POST',
      headers: await directHeaders(),
      body: directBody,
    });
    const directAnswer = await directCheck.text();
    expect((JSON.parse(directAnswer) as { errors?: unknown }).errors).toBeUndefined();

    const run = async (target: Target, round: number): Promise<Sample> => {
      const gateway = target === 'ours' ? ours : target === 'hive' ? hive : null;
      const common = gateway
        ? { url: gateway.url, headers, body, expectBody: answers[target], pid: gateway.pid, cookies }
        : {
            url: stack.urls.cases,
            headers: await directHeaders(),
            body: directBody,
            expectBody: directAnswer,
          };
      await cannon({ ...common, connections: CONNECTIONS, duration: WARMUP_S });
      const { result, requests, cpuMsPerRequest } = await cannon({ ...common, connections: CONNECTIONS });
      return {
        target,
        round,
        requestsPerSecond: round1(requests / (DURATION_S || 1)),
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        cpuMsPerRequest: cpuMsPerRequest === null ? null : round2(cpuMsPerRequest),
        requests,
        non2xx: result.non2xx,
        errors: result.errors,
        mismatches: result.mismatches,
      };
    };

    const loadBefore = loadavg();
    const samples: Sample[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const order: Target[] = round % 2 ? ['ours', 'hive', 'direct'] : ['hive', 'ours', 'direct'];
      for (const target of order) {
        const sample = await run(target, round);
        samples.push(sample);
        process.stdout.write(
          `round ${round} ${target.padEnd(6)} ${String(sample.requestsPerSecond).padStart(7)} req/s  p50 ${sample.p50Ms} ms  p99 ${sample.p99Ms} ms  cpu ${sample.cpuMsPerRequest ?? '–'} ms/req\n`,
        );
      }
    }
    const loadAfter = loadavg();

    // unloaded latency: one connection, one request after the other
    const sequential: Record<Target, { p50Ms: number; p99Ms: number }> = {} as never;
    for (const target of ['ours', 'hive', 'direct'] as Target[]) {
      const gateway = target === 'ours' ? ours : target === 'hive' ? hive : null;
      const common = gateway
        ? { url: gateway.url, headers, body }
        : { url: stack.urls.cases, headers: await directHeaders(), body: directBody };
      await cannon({ ...common, connections: 1, amount: 50 });
      const { result } = await cannon({ ...common, connections: 1, amount: SEQUENTIAL });
      sequential[target] = { p50Ms: result.latency.p50, p99Ms: result.latency.p99 };
    }

    const summary = (target: Target) => {
      const mine = samples.filter((s) => s.target === target);
      const cpu = mine.map((s) => s.cpuMsPerRequest).filter((c): c is number => c !== null);
      return {
        requestsPerSecond: round1(median(mine.map((s) => s.requestsPerSecond))),
        p50Ms: median(mine.map((s) => s.p50Ms)),
        p99Ms: median(mine.map((s) => s.p99Ms)),
        cpuMsPerRequest: cpu.length ? round2(median(cpu)) : null,
      };
    };
    const medians = { ours: summary('ours'), hive: summary('hive'), direct: summary('direct') };
    const versions = {
      node: process.versions.node,
      apolloGateway: (
        JSON.parse(
          readFileSync(
            require.resolve('@apollo/gateway/package.json', { paths: [join(repoRoot, 'gateway')] }),
            'utf8',
          ),
        ) as { version: string }
      ).version,
      hiveGateway: (
        JSON.parse(readFileSync(require.resolve('@graphql-hive/gateway/package.json'), 'utf8')) as {
          version: string;
        }
      ).version,
    };
    const result = {
      at: new Date().toISOString(),
      machine: { cpus: cpus().length, model: cpus()[0]?.model ?? null, loadBefore, loadAfter },
      versions,
      settings: {
        connections: CONNECTIONS,
        warmupSeconds: WARMUP_S,
        durationSeconds: DURATION_S,
        rounds: ROUNDS,
        ...(LABEL ? { label: LABEL, gatewayDir: GATEWAY_DIR } : {}),
        sessions: SESSIONS,
        hiveCaches,
        hiveDeduplicateInflightRequests: process.env.BENCH_HIVE_DEDUPLICATE ?? 'default (true)',
      },
      data: { cases: CASES, documentsPerCase: DOCUMENTS_PER_CASE },
      operation: {
        name: 'Dashboard',
        bytes: Buffer.byteLength(operation.query),
        answerBytes: answers.ours!.length,
      },
      medians,
      ratioOursToHive: {
        requestsPerSecond: round2(medians.ours.requestsPerSecond / medians.hive.requestsPerSecond),
        p50: round2(medians.ours.p50Ms / medians.hive.p50Ms),
      },
      overheadMs: {
        // p50 through the gateway minus p50 of the cases subgraph alone
        underLoad: {
          ours: medians.ours.p50Ms - medians.direct.p50Ms,
          hive: medians.hive.p50Ms - medians.direct.p50Ms,
        },
        sequential: {
          ours: round2(sequential.ours.p50Ms - sequential.direct.p50Ms),
          hive: round2(sequential.hive.p50Ms - sequential.direct.p50Ms),
        },
      },
      sequential,
      samples,
    };
    const table = [
      '',
      `Dashboard query, ${CONNECTIONS} connections, ${WARMUP_S} s warm-up + ${DURATION_S} s, ${ROUNDS} rounds (medians); load ${loadBefore.map((l) => l.toFixed(2)).join(' ')} → ${loadAfter.map((l) => l.toFixed(2)).join(' ')}`,
      '| target | req/s | p50 ms | p99 ms | CPU ms/req | p50 ms, 1 connection |',
      '|---|---|---|---|---|---|',
      ...(['ours', 'hive', 'direct'] as Target[]).map(
        (t) =>
          `| ${t === 'direct' ? 'cases subgraph directly' : t === 'ours' ? 'ours (Apollo)' : 'Hive Gateway'} | ${medians[t].requestsPerSecond} | ${medians[t].p50Ms} | ${medians[t].p99Ms} | ${medians[t].cpuMsPerRequest ?? '–'} | ${sequential[t].p50Ms} |`,
      ),
      `ours ÷ Hive: ${result.ratioOursToHive.requestsPerSecond}× the requests per second`,
      `gateway overhead (p50 − cases directly): ours ${result.overheadMs.underLoad.ours} ms, Hive ${result.overheadMs.underLoad.hive} ms under load; ours ${result.overheadMs.sequential.ours} ms, Hive ${result.overheadMs.sequential.hive} ms on one connection`,
      '',
    ];
    process.stdout.write(table.join('\n'));
    await mkdir(RESULTS_DIR, { recursive: true });
    const file = join(RESULTS_DIR, `${result.at.slice(0, 10)}${LABEL ? `-${LABEL}` : ''}.json`);
    await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(`written to ${file}\n`);

    // every measured response was the checked answer (a figure of errors would mean nothing)
    for (const sample of samples) {
      expect(
        { non2xx: sample.non2xx, errors: sample.errors, mismatches: sample.mismatches },
        `${sample.target} round ${sample.round}`,
      ).toEqual({ non2xx: 0, errors: 0, mismatches: 0 });
    }
  });
});
