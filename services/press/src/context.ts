import type { BaseRequestContext } from '@klageportal/federation';
import { createLoaders, type Loaders } from './store/loaders.js';

/** What tests may replace: the clock (retention, press hours, waivers in force). */
export type PressDeps = { clock: () => Date };

export const defaultDeps = (): PressDeps => ({ clock: () => new Date() });

/** One request's context: principal, forked EntityManager, loaders, child logger, clock. */
export type Context = BaseRequestContext & { loaders: Loaders; deps: PressDeps };

export function createContext(base: BaseRequestContext, deps: PressDeps = defaultDeps()): Context {
  return { ...base, loaders: createLoaders(base.em), deps };
}
