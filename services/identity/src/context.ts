import type { BaseRequestContext } from '@klageportal/federation';
import type { FnrVault } from './store/fnr-vault.js';
import { createLoaders, type Loaders } from './store/loaders.js';

/** What the service gives every request beside the base context. */
export type IdentityDeps = {
  vault: FnrVault;
  allowSyntheticFnr: boolean;
  /** Publishes events to other services (absent: none are published). */
  publish?: (topic: string, payload: Record<string, unknown>, key: string) => Promise<void>;
};

/** One request's context: principal, forked EntityManager, loaders, child logger. */
export type Context = BaseRequestContext & { loaders: Loaders } & Partial<IdentityDeps>;

export function createContext(base: BaseRequestContext, deps?: IdentityDeps): Context {
  return { ...base, loaders: createLoaders(base.em), ...deps };
}
