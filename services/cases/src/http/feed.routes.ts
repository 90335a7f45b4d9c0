import { bearerToken, type RouteDeps, type ServiceTokenVerifier } from '@klageportal/federation';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import type { Context } from '../context.js';
import { type FeedPosition, readCaseFeed } from '../store/outbox.store.js';

/** The audience of tokens for the case-event feed. */
export const CASE_FEED_AUDIENCE = 'cases-feed';
const POSITION = /^(\d{1,20}):(\d{1,20})$/;
const MAX_LIMIT = 5000;

/** `txid:seq`, or the start of the feed. */
export function parsePosition(value: unknown): FeedPosition | null {
  if (value === undefined || value === '') return { txid: '0', seq: '0' };
  const match = typeof value === 'string' ? POSITION.exec(value) : null;
  return match ? { txid: match[1]!, seq: match[2]! } : null;
}

/**
 * The case-event feed for the stats service, and for no one else: `GET /feed/case-events?after=
 * <txid:seq>&limit=<n>` with a bearer token signed by the stats service's own key (not the
 * gateway's). Events carry case ids and statistical facts only. Without configured consumer keys
 * the route does not exist.
 */
export function feedRoutes(verify: ServiceTokenVerifier | null) {
  return (app: Express, { orm, logger }: RouteDeps<Context>) => {
    const log = logger.child({ module: 'case-feed' });
    app.get('/feed/case-events', async (req, res) => {
      res.setHeader('Cache-Control', 'no-store');
      if (!verify) {
        res.status(404).json({ error: 'NOT_FOUND' });
        return;
      }
      const allowed = await verify(bearerToken(req.headers.authorization));
      if (!allowed.ok) {
        res.status(401).json({ error: 'UNAUTHENTICATED' });
        return;
      }
      const after = parsePosition(req.query.after);
      const limit = Number(req.query.limit ?? 1000);
      if (!after || !Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
        res.status(400).json({ error: 'BAD_USER_INPUT' });
        return;
      }
      try {
        const events = await readCaseFeed(orm.em.fork() as EntityManager, after, limit);
        const last = events.at(-1);
        res.json({
          events: events.map((e) => ({
            position: `${e.txid}:${e.seq}`,
            kind: e.kind,
            caseId: e.caseId,
            at: e.at.toISOString(),
            facts: e.payload,
          })),
          next: last ? `${last.txid}:${last.seq}` : `${after.txid}:${after.seq}`,
        });
      } catch (error) {
        log.error({ err: error instanceof Error ? error.name : 'unknown' }, 'case feed failed');
        res.status(500).json({ error: 'INTERNAL_SERVER_ERROR' });
      }
    });
  };
}
