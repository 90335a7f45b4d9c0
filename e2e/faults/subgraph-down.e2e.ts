import { waitUntilReady } from '@klageportal/devstack';
import { until } from '@klageportal/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type GraphQLBody,
  internalsIn,
  parseBody,
  postGraphQL,
  processOf,
  stackPorts,
} from '../support/faults.js';
import { startTestStack, type TestStack } from '../support/stack.js';

/**
 * Fault: a subgraph goes away while the gateway runs, and comes back on the same port. Callers
 * lose only that subgraph's fields (HTTP 200, a stable code, nothing internal), and the gateway
 * answers in full again by itself once the subgraph is back (issue #9).
 */

type Overview = {
  viewer: { authenticated: boolean } | null;
  pressService: { answersFrom: string; answersTo: string; timeZone: string } | null;
  caseTypes: { code: string; name: string }[] | null;
  statistics: { year: number; received: number; byCaseType: { caseType: { code: string } }[] } | null;
};

/** One operation over all four subgraphs: identity, press, cases, and stats (→ cases by reference). */
const OVERVIEW = `query Overview {
  viewer { authenticated }
  pressService { answersFrom answersTo timeZone }
  caseTypes { code name(language: NB) }
  statistics { year received byCaseType { caseType { code } } }
}`;

/** The root fields each subgraph answers in OVERVIEW. */
const FIELDS_OF = { stats: ['statistics'], press: ['pressService'] } as const;
type Stoppable = keyof typeof FIELDS_OF;

/** How long the gateway may take to notice that a subgraph is back (it polls nothing itself). */
const RECOVERY_MS = 5_000;

let stack: TestStack;
let full: Overview;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.dispose();
});

async function overview(): Promise<{
  status: number;
  body: GraphQLBody<Overview>;
  text: string;
  ms: number;
}> {
  const answer = await postGraphQL(stack.urls.gateway, { query: OVERVIEW }, { timeoutMs: 12_000 });
  return { ...answer, body: parseBody<Overview>(answer) };
}

async function readyOf(name: Stoppable): Promise<void> {
  await waitUntilReady(processOf(stack, name), stack.urls[name].replace(/\/graphql$/, '/readyz'), 30_000);
}

describe('a subgraph that is down', () => {
  it('answers the whole operation while every subgraph is up', async () => {
    const { status, body } = await overview();
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    full = body.data!;
    expect(full.viewer).toEqual({ authenticated: false });
    expect(full.pressService?.timeZone).toBe('Europe/Oslo');
    expect(full.caseTypes!.length).toBeGreaterThan(0);
    expect(full.statistics!.byCaseType.length).toBeGreaterThan(0);
  });

  for (const down of [['stats'], ['press'], ['stats', 'press']] as Stoppable[][]) {
    it(`costs only its own fields while ${down.join(' and ')} ${down.length > 1 ? 'are' : 'is'} down, and the gateway recovers by itself`, async () => {
      const lost: string[] = down.flatMap((name) => [...FIELDS_OF[name]]);
      const gateway = processOf(stack, 'gateway');
      await Promise.all(down.map((name) => processOf(stack, name).stop()));

      // --- down: HTTP 200, the others' data as before, null and a stable code for the lost fields
      const { status, body, text, ms } = await overview();
      expect(status).toBe(200);
      expect(ms).toBeLessThan(5_000);
      const data = body.data as Record<string, unknown>;
      for (const field of Object.keys(full) as (keyof Overview)[]) {
        if (lost.includes(field)) expect(data[field], field).toBeNull();
        else expect(data[field], field).toEqual(full[field]);
      }
      const errors = body.errors ?? [];
      expect(errors.length).toBeGreaterThan(0);
      for (const error of errors) {
        expect(['SUBGRAPH_UNAVAILABLE', 'SUBGRAPH_ERROR']).toContain(error.extensions?.code);
      }
      // at least one per lost subgraph (the gateway reports a failed fetch once, without a path)
      expect(errors.length).toBeGreaterThanOrEqual(down.length);
      expect(internalsIn(text, stackPorts(stack))).toEqual([]);

      // --- the gateway keeps serving meanwhile: its health routes answer, and so does GraphQL
      const base = new URL(stack.urls.gateway).origin;
      const readyz = await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(5_000) });
      expect([200, 503]).toContain(readyz.status);
      expect(internalsIn(await readyz.text(), stackPorts(stack))).toEqual([]);
      const healthz = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(5_000) });
      expect(healthz.status).toBe(200);
      expect((await overview()).status).toBe(200);

      // --- back on the same port: the gateway, never restarted, answers in full again
      for (const name of down) processOf(stack, name).start();
      await Promise.all(down.map(readyOf));
      const back = performance.now();
      const recovered = await until(async () => {
        const again = await overview();
        return again.status === 200 && !again.body.errors ? again.body.data : undefined;
      }, RECOVERY_MS);
      expect(performance.now() - back).toBeLessThan(RECOVERY_MS);
      expect(recovered).toEqual(full);
      expect(gateway.hasExited()).toBe(false);
      expect(gateway.starts()).toBe(1);
      for (const name of down) expect(processOf(stack, name).hasExited()).toBe(false);
      expect(stack.processes.filter((p) => p.hasExited()).map((p) => p.name)).toEqual([]);
    }, 60_000);
  }

  it('left every process running, and only the stopped subgraphs were started again', () => {
    expect(stack.processes.filter((p) => p.hasExited()).map((p) => p.name)).toEqual([]);
    const restarted = stack.processes.filter((p) => p.starts() > 1).map((p) => p.name);
    expect(restarted.sort()).toEqual(['press', 'stats']);
  });
});
