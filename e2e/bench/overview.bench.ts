import { writeFile } from 'node:fs/promises';
import { seedLawyerCases } from '@klageportal/cases';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { sessionCookie } from '../support/portal.js';
import { startTestStack, type TestStack, withCasesDatabase } from '../support/stack.js';
import { trustedDocument } from '../support/trusted-documents.js';

/**
 * `pnpm bench`: a lawyer with 2,000 cases asks for the first page of "Mine saker" through the
 * gateway, as the portal does. Reports p50 and p95 over many requests (after a warm-up) and
 * writes them to bench/results/overview.json. Figures are reported, never asserted: the
 * statement count that keeps the page fast is asserted in cases' own tests.
 */
const CASES = 2_000;
const WARMUP = 20;
const RUNS = 200;
// Anne Eksempel, the synthetic lawyer (identity's seed)
const LAWYER = '0b7c2a52-5f7e-4c1e-8f2a-000000000003';
// the portal's own "Mine saker" operation (a citizen session runs trusted documents only)
const QUERY = trustedDocument('MyCases');

let stack: TestStack;
let browser: Browser;
let cookie: string;

beforeAll(async () => {
  stack = await startTestStack();
  await withCasesDatabase(stack.databaseUrl, (em) =>
    seedLawyerCases(em, { lawyerPersonId: LAWYER, count: CASES, prefix: '90' }),
  );

  browser = await launchChromium();
  cookie = await sessionCookie(stack, browser, 'citizen', 'Advokat Anne Eksempel');
});
afterAll(async () => {
  await browser?.close();
  await stack?.dispose();
});

async function firstPage() {
  const started = performance.now();
  const res = await fetch(stack.urls.gateway, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie },
    body: JSON.stringify({ query: QUERY, variables: { first: 25, language: 'NB' } }),
  });
  const body = (await res.json()) as {
    data?: { myCases: { totalCount: number; items: unknown[] } };
    errors?: unknown;
  };
  return { ms: performance.now() - started, body };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

describe('Mine saker through the gateway', () => {
  it(`first page for a lawyer with ${CASES} cases`, async () => {
    const check = await firstPage();
    expect(check.body.errors).toBeUndefined();
    expect(check.body.data?.myCases.totalCount).toBeGreaterThanOrEqual(CASES);
    expect(check.body.data?.myCases.items).toHaveLength(25);
    for (let i = 0; i < WARMUP; i++) await firstPage();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push((await firstPage()).ms);
    times.sort((a, b) => a - b);
    const result = {
      cases: CASES,
      runs: RUNS,
      p50Ms: Number(percentile(times, 50).toFixed(1)),
      p95Ms: Number(percentile(times, 95).toFixed(1)),
      maxMs: Number(times.at(-1)!.toFixed(1)),
      at: new Date().toISOString(),
    };
    process.stdout.write(
      `Mine saker, first page, ${CASES} cases: p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms (${RUNS} runs)\n`,
    );
    await writeFile(
      new URL('./results/overview.json', import.meta.url),
      `${JSON.stringify(result, null, 2)}\n`,
    );
  });
});
