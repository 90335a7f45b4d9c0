import type { ManagedProcess } from '@klageportal/devstack';
import { expect } from 'vitest';
import type { TestStack } from './stack.js';

/** One GraphQL answer as a caller sees it: the HTTP status and the raw body. */
export type RawAnswer = { status: number; text: string; ms: number };

export type GraphQLBody<T = Record<string, unknown>> = {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
};

/**
 * POSTs `body` (an object, sent as JSON, or a string, sent as it is) to a GraphQL endpoint as a
 * caller would, with the CSRF header and the caller's cookie (or bearer token); the answer within
 * `timeoutMs`, or a throw.
 */
export async function postGraphQL(
  url: string,
  body: unknown,
  options: { cookie?: string; authorization?: string; timeoutMs?: number; contentType?: string } = {},
): Promise<RawAnswer> {
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': options.contentType ?? 'application/json',
      'apollo-require-preflight': 'true',
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...(options.authorization ? { authorization: options.authorization } : {}),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
  });
  const text = await res.text();
  return { status: res.status, text, ms: performance.now() - started };
}

export function parseBody<T>(answer: RawAnswer): GraphQLBody<T> {
  return JSON.parse(answer.text) as GraphQLBody<T>;
}

/**
 * What an answer to a caller must never hold: addresses and ports of the stack's own processes,
 * socket errors, stack frames, file paths, SQL or driver messages, internal module names.
 */
const INTERNALS: readonly [string, RegExp][] = [
  ['loopback address', /127\.0\.0\.1|localhost|\[::1\]/i],
  [
    'socket error',
    /\bE(CONNREFUSED|CONNRESET|PIPE|TIMEDOUT|HOSTUNREACH|ADDRINUSE)\b|socket hang up|other side closed/i,
  ],
  ['stack frame', /\bat (async )?[\w$.<>[\]]+ \(|\bat (file|node):|\n\s+at /],
  ['stack field', /"(stack|stacktrace|exception)"\s*:/i],
  ['file path', /\/(work|home|tmp|usr|opt|root)\/|node_modules|\.(ts|js|mjs|cjs):\d+/],
  [
    'SQL',
    /\b(select\s[\s\S]{0,200}\sfrom|insert into|update\s+"?\w+"?\s+set|delete from)\b|\bsyntax error at or near\b|\bduplicate key\b|\bviolates\b|\brelation "|\bcolumn "/i,
  ],
  [
    'driver or library',
    /\b(MikroORM|knex|pg-boss|PgBoss|DriverException|QueryFailedError|TypeError|ReferenceError|RangeError|Cannot read propert|undefined is not)\b/,
  ],
  ['database schema', /\b(identity|cases|press|stats|events)\.[a-z_]+\b(?!\.)/],
];

/** The names of the kinds of internals `text` gives away (empty when it gives none). */
export function internalsIn(text: string, ports: readonly number[] = []): string[] {
  const found = INTERNALS.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
  for (const port of ports) if (new RegExp(`[:"\\s]${port}\\b`).test(text)) found.push(`port ${port}`);
  return found;
}

/** Every port the stack listens on (services, gateway, portal, IdP simulator). */
export function stackPorts(stack: TestStack): number[] {
  return Object.values(stack.urls)
    .map((u) => {
      try {
        return Number(new URL(u).port);
      } catch {
        return 0;
      }
    })
    .filter((p) => p > 0);
}

/** The stack's process called `name`. */
export function processOf(stack: TestStack, name: string): ManagedProcess {
  const proc = stack.processes.find((p) => p.name === name);
  if (!proc) throw new Error(`no process ${name}`);
  return proc;
}

/** Every process of the stack is still the one started with it, and running. */
export function expectEveryProcessAlive(stack: TestStack): void {
  expect(
    stack.processes.filter((p) => p.hasExited()).map((p) => `${p.name}:\n${p.tail().slice(-15).join('\n')}`),
  ).toEqual([]);
  expect(stack.processes.filter((p) => p.starts() !== 1).map((p) => p.name)).toEqual([]);
}
