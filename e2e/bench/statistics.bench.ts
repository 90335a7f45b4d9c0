import { writeFile } from 'node:fs/promises';
import { seedStatisticalCases } from '@klageportal/cases';
import { graphql, until } from '@klageportal/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack, withCasesDatabase } from '../support/stack.js';

/**
 * `pnpm bench`: the public statistics with a million cases. Seeds 1,000,000 synthetic cases in
 * the cases schema with generated SQL (one statement, and one for their events), lets the stats
 * service project them from the case-event feed as it would in production, then asks the main
 * public statistics query (a year's statistics page, with case-type names from the cases
 * subgraph) through the gateway, anonymously. Reports p50/p95 (goal: p95 under 20 ms on this
 * 2-core machine) and the projection's throughput; writes bench/results/statistics.json.
 */
const CASES = 1_000_000;
const WARMUP = 30;
const RUNS = 300;

const QUERY = `query Statistics($year: Int, $language: Language) { statistics(year: $year) {
  year threshold received decided months { month received decided }
  byCaseType { caseType { code name(language: $language) } group received decided
    processingTime { decided medianWeeks p80Weeks p90Weeks suppressed } }
  byCaseTypeGroup { group received decided }
  byFirstInstanceBody { firstInstanceBody { code } received decided }
  outcomes { outcome count } } patientInjuryCourtCases { total byStatus { courtStatus count } } }`;

let stack: TestStack;
const timings: Record<string, number> = {};

beforeAll(async () => {
  stack = await startTestStack();
  let started = performance.now();
  await withCasesDatabase(stack.databaseUrl, (em) => seedStatisticalCases(em, { count: CASES, years: 10 }));
  timings.seedSeconds = Number(((performance.now() - started) / 1000).toFixed(1));
  started = performance.now();
  // the projection has caught up when every case is counted as received
  const thisYear = new Date().getUTCFullYear();
  const received = async () => {
    // two periods: at most ten years per question
    let sum = 0;
    for (const [from, to] of [
      [thisYear - 11, thisYear - 6],
      [thisYear - 5, thisYear],
    ]) {
      const years = await graphql<{ statisticsForYears: { received: number | null }[] }>(
        stack.urls.gateway,
        `{ statisticsForYears(from: ${from}, to: ${to}) { received } }`,
      );
      sum += (years.body.data?.statisticsForYears ?? []).reduce((s, y) => s + (y.received ?? 0), 0);
    }
    return sum;
  };
  await until(async () => ((await received()) >= CASES ? true : undefined), 30 * 60_000);
  timings.projectSeconds = Number(((performance.now() - started) / 1000).toFixed(1));
}, 60 * 60_000);
afterAll(async () => {
  await stack?.dispose();
});

async function ask(year: number) {
  const started = performance.now();
  const res = await graphql<{ statistics: { received: number | null } }>(stack.urls.gateway, QUERY, {
    year,
    language: 'NB',
  });
  return { ms: performance.now() - started, body: res.body };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

describe('public statistics through the gateway', () => {
  it(`a year's statistics with ${CASES.toLocaleString('en')} cases`, async () => {
    const check = await ask(2025);
    expect(check.body.errors).toBeUndefined();
    expect(check.body.data!.statistics.received).toBeGreaterThan(50_000);
    for (let i = 0; i < WARMUP; i++) await ask(2025);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push((await ask(2017 + (i % 9))).ms);
    times.sort((a, b) => a - b);
    const result = {
      cases: CASES,
      runs: RUNS,
      p50Ms: Number(percentile(times, 50).toFixed(1)),
      p95Ms: Number(percentile(times, 95).toFixed(1)),
      maxMs: Number(times.at(-1)!.toFixed(1)),
      ...timings,
      eventsPerSecond: Math.round(CASES / (timings.projectSeconds ?? 1)),
      at: new Date().toISOString(),
    };
    process.stdout.write(
      `Public statistics, one year, ${CASES} cases: p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms (${RUNS} runs); seeded in ${timings.seedSeconds} s, projected in ${timings.projectSeconds} s (${result.eventsPerSecond} events/s)\n`,
    );
    await writeFile(
      new URL('./results/statistics.json', import.meta.url),
      `${JSON.stringify(result, null, 2)}\n`,
    );
  });
});
