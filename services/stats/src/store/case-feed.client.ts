import type { ServiceTokenSigner } from '@klageportal/federation';
import type { FeedPage, FeedReader } from '../usecases/feed-consumer.js';

/** The audience the cases service expects on feed tokens. */
export const CASE_FEED_AUDIENCE = 'cases-feed';

/** Reads the cases service's case-event feed over HTTP with this service's own token. */
export function httpFeedReader(options: {
  url: string;
  sign: ServiceTokenSigner;
  timeoutMs?: number;
}): FeedReader {
  return async (after, limit) => {
    const url = new URL(options.url);
    url.searchParams.set('after', after);
    url.searchParams.set('limit', String(limit));
    const res = await fetch(url, {
      headers: { authorization: `Bearer ${await options.sign(CASE_FEED_AUDIENCE)}` },
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    if (!res.ok) throw new Error(`case feed answered ${res.status}`);
    return (await res.json()) as FeedPage;
  };
}
