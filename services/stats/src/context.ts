import type { BaseRequestContext } from '@klageportal/federation';
import DataLoader from 'dataloader';
import type { ProcessingTimeSummary } from './domain/processing-time.js';
import { expectedProcessingTimes, type YearCache } from './usecases/statistics.js';

/**
 * What tests may replace: the clock, and the suppression threshold (from config); and the
 * service's cache of computed years (keyed by the feed position, so always exact).
 */
export type StatsDeps = { clock: () => Date; threshold: number; cache: YearCache };

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
