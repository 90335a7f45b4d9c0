import type { BaseRequestContext } from '@klageportal/federation';
import { createLoaders, type Loaders } from './store/loaders.js';

/** One request's context: principal, forked EntityManager, loaders, child logger. */
export type Context = BaseRequestContext & { loaders: Loaders };

export function createContext(base: BaseRequestContext): Context {
  return { ...base, loaders: createLoaders(base.em) };
}
