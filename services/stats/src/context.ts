import type { BaseRequestContext } from '@klageportal/federation';

/** One request's context: principal, forked EntityManager, child logger. */
export type Context = BaseRequestContext;

export function createContext(base: BaseRequestContext): Context {
  return base;
}
