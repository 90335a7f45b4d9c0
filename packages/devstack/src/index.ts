export {
  type CaughtMail,
  type MailCatcher,
  type MailCatcherOptions,
  startMailCatcher,
} from './mail-catcher.js';
export {
  databaseUrl,
  dropDatabase,
  type EmbeddedPostgresHandle,
  ensureDatabase,
  startEmbeddedPostgres,
} from './postgres.js';
export { freePort, type ManagedProcess, spawnProcess, waitUntilReady } from './processes.js';
export {
  createSecrets,
  type DevSecrets,
  loadOrCreateSecrets,
  NPE_SCOPE,
  OTHER_SCOPE,
  type PartnerClient,
} from './secrets.js';
export {
  DEFAULT_PORTS,
  repoRoot,
  STAFF_USERS,
  type Stack,
  type StackOptions,
  type StackPorts,
  SUBGRAPHS,
  type SubgraphName,
  type SyntheticLogin,
  startStack,
  syntheticPersons,
} from './stack.js';
