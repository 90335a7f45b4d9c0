import { request } from 'undici';

export type SubgraphState = 'up' | 'down';

export type Readiness = {
  /** 'ok': every subgraph answers; 'degraded': some do (their fields fail, the rest is served); 'unavailable': none. */
  status: 'ok' | 'degraded' | 'unavailable';
  subgraphs: Record<string, SubgraphState>;
};

/**
 * The gateway's readiness from its subgraphs' own /readyz (each checks its database): asked at
 * most every `maxAgeMs` (probes from several load balancers share one round), each within
 * `timeoutMs`. A gateway with some subgraphs down is still ready — it serves everything else, and
 * taking it out of the load balancer would take those away too — but says which are down;
 * with none answering it is not ready.
 */
export function createReadiness(options: {
  subgraphs: Record<string, string>;
  timeoutMs?: number;
  maxAgeMs?: number;
  onCheck?: (subgraph: string, up: boolean) => void;
}) {
  const timeoutMs = options.timeoutMs ?? 2_000;
  const maxAgeMs = options.maxAgeMs ?? 2_000;
  let last: { at: number; value: Readiness } | null = null;
  let running: Promise<Readiness> | null = null;

  async function probe(name: string, graphqlUrl: string): Promise<SubgraphState> {
    let up = false;
    try {
      const res = await request(new URL('/readyz', graphqlUrl), {
        method: 'GET',
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
        signal: AbortSignal.timeout(timeoutMs),
      });
      await res.body.dump();
      up = res.statusCode === 200;
    } catch {
      up = false;
    }
    options.onCheck?.(name, up);
    return up ? 'up' : 'down';
  }

  async function check(): Promise<Readiness> {
    const entries = await Promise.all(
      Object.entries(options.subgraphs).map(async ([name, url]) => [name, await probe(name, url)] as const),
    );
    const subgraphs = Object.fromEntries(entries);
    const up = entries.filter(([, state]) => state === 'up').length;
    const status = up === entries.length ? 'ok' : up > 0 ? 'degraded' : 'unavailable';
    return { status, subgraphs };
  }

  return async (): Promise<Readiness> => {
    if (last && Date.now() - last.at < maxAgeMs) return last.value;
    running ??= check().finally(() => {
      running = null;
    });
    const value = await running;
    last = { at: Date.now(), value };
    return value;
  };
}
