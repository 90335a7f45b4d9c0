import type { BaseRequestContext } from '@klageportal/federation';
import DataLoader from 'dataloader';
import type { ProcessingTimeSummary } from './domain/processing-time.js';
import { expectedProcessingTimes } from './usecases/statistics.js';

/** What tests may replace: the clock, and the suppression threshold (from config). */
export type StatsDeps = { clock: () => Date; threshold: number };

/** One request's context: principal, forked EntityManager, child logger, and loaders. */
export type Context = BaseRequestContext & {
  deps: StatsDeps;
  loaders: { expectedProcessingTime: DataLoader<string, ProcessingTimeSummary> };
};

export function createContext(base: BaseRequestContext, deps: StatsDeps): Context {
  const ctx = { ...base, deps } as Context;
  ctx.loaders = {
    // one statement for every case type on the page
    expectedProcessingTime: new DataLoader((codes) => expectedProcessingTimes(ctx, codes)),
  };
  return ctx;
}
