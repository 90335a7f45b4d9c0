export {
  databaseUrl,
  dropDatabase,
  type EmbeddedPostgresHandle,
  ensureDatabase,
  startEmbeddedPostgres,
} from './postgres.js';
export { freePort, type ManagedProcess, spawnProcess, waitUntilReady } from './processes.js';
export {
  DEFAULT_PORTS,
  repoRoot,
  type Stack,
  type StackOptions,
  type StackPorts,
  SUBGRAPHS,
  type SubgraphName,
  startStack,
} from './stack.js';
