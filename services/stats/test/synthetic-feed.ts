import { randomUUID } from 'node:crypto';
import type { FeedEvent, FeedReader } from '../src/usecases/feed-consumer.js';

/**
 * A recorded feed like the cases service serves: each case received, some moved along, decided
 * (a few decided again after reopening), some NPE cases taken to court. Deterministic per seed.
 */
export function syntheticFeed(options: { cases: number; seed: number; year?: number }): FeedEvent[] {
  let state = options.seed;
  const rand = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const types = [
    ['PSN_ANSVAR', 'NPE', 'PSN'],
    ['PSN_UTMALING', 'NPE', 'PSN'],
    ['HELFO_FRIKORT', 'HELFO', 'HELSEKLAGE'],
    ['HPN_ADVARSEL', 'HTIL', 'HPN'],
  ] as const;
  const year = options.year ?? 2026;
  const raw: { caseId: string; kind: string; at: Date; facts: Record<string, unknown> }[] = [];
  for (let i = 0; i < options.cases; i += 1) {
    const [caseTypeCode, body, board] = pick(types);
    const caseId = randomUUID();
    const receivedAt = new Date(Date.UTC(year, Math.floor(rand() * 10), 1 + Math.floor(rand() * 27), 9));
    const facts: Record<string, unknown> = {
      caseTypeCode,
      firstInstanceBodyCode: body,
      board,
      receivedAt: receivedAt.toISOString(),
      status: 'RECEIVED',
      outcome: null,
      decidedAt: null,
      courtStatus: 'NONE',
    };
    raw.push({ caseId, kind: 'CASE_RECEIVED', at: receivedAt, facts: { ...facts } });
    if (rand() < 0.7) {
      const decidedAt = new Date(receivedAt.getTime() + (2 + rand() * 40) * 7 * 86_400_000);
      Object.assign(facts, {
        status: 'DECIDED',
        outcome: pick(['UPHELD', 'UPHELD', 'REVERSED_IN_PART', 'QUASHED', 'DISMISSED']),
        decidedAt: decidedAt.toISOString(),
      });
      raw.push({ caseId, kind: 'STATUS_CHANGED', at: decidedAt, facts: { ...facts } });
      if (rand() < 0.1) {
        Object.assign(facts, { status: 'REOPENED' });
        raw.push({ caseId, kind: 'STATUS_CHANGED', at: decidedAt, facts: { ...facts } });
        Object.assign(facts, {
          status: 'DECIDED',
          outcome: 'REVERSED_IN_FULL',
          decidedAt: new Date(decidedAt.getTime() + 30 * 86_400_000).toISOString(),
        });
        raw.push({ caseId, kind: 'STATUS_CHANGED', at: decidedAt, facts: { ...facts } });
      }
      if (body === 'NPE' && rand() < 0.15) {
        Object.assign(facts, { courtStatus: pick(['PENDING_IN_COURT', 'JUDGMENT_NOT_FINAL']) });
        raw.push({ caseId, kind: 'COURT_STATUS_CHANGED', at: decidedAt, facts: { ...facts } });
      }
    }
  }
  // interleave cases as a real feed would, keeping each case's own order
  raw.sort((a, b) => a.at.getTime() - b.at.getTime());
  return raw.map((e, i) => ({
    position: `${1000 + i}:${i + 1}`,
    kind: e.kind,
    caseId: e.caseId,
    at: e.at.toISOString(),
    facts: e.facts,
  }));
}

/** A feed reader over recorded events, paging by the position's sequence number as cases does. */
export function readerOf(events: readonly FeedEvent[]): FeedReader {
  const seq = (position: string) => Number(position.split(':')[1]);
  return async (after, limit) => {
    const page = events.filter((e) => seq(e.position) > seq(after)).slice(0, limit);
    return { events: page, next: page.at(-1)?.position ?? after };
  };
}
