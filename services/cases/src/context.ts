import type { BaseRequestContext } from '@klageportal/federation';
import { MAX_UPLOAD_BYTES } from './domain/document.js';
import { type FileStore, postgresFileStore } from './store/file-store.js';
import { createLoaders, type Loaders } from './store/loaders.js';
import { noVirusScanner, type VirusScanner } from './usecases/virus-scanner.js';

/** What the service gives every request beside the base context: where files go, and the scanner. */
export type CasesDeps = {
  fileStore: FileStore;
  scanner: VirusScanner;
  maxUploadBytes: number;
  /** Asks the outbox relay to run soon (after a commit that wrote to the outbox); no-op when off. */
  kickOutbox: () => void;
};

export const defaultDeps = (): CasesDeps => ({
  fileStore: postgresFileStore(),
  scanner: noVirusScanner,
  maxUploadBytes: MAX_UPLOAD_BYTES,
  kickOutbox: () => {},
});

/** One request's context: principal, forked EntityManager, loaders, child logger, deps. */
export type Context = BaseRequestContext & { loaders: Loaders; deps: CasesDeps };

export function createContext(base: BaseRequestContext, deps: CasesDeps = defaultDeps()): Context {
  return { ...base, loaders: createLoaders(base.em), deps };
}
