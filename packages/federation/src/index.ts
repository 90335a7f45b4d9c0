export { buildSubgraph, printSdl, type ReferenceResolver, type SubgraphOptions } from './build-subgraph.js';
export { debugMemoryRoute } from './debug-memory.js';
export { graphqlEnum } from './enums.js';
export { refuse } from './errors.js';
export {
  bearerToken,
  createInternalTokenSigner,
  createInternalTokenVerifier,
  generateInternalKeyPair,
  INTERNAL_TOKEN_ALG,
  INTERNAL_TOKEN_ISSUER,
  type InternalKeyPair,
  type InternalTokenError,
  type InternalTokenSigner,
  type InternalTokenVerifier,
  principalSchema,
} from './internal-token.js';
export {
  type ActingAs,
  anonymous,
  authoriseStaffRole,
  hasStaffRole,
  type LevelOfAssurance,
  MANDATE_ROLES,
  type MandateRole,
  type Principal,
  STAFF_ROLES,
  type StaffRole,
} from './principal.js';
export { runServiceCli, type ServiceHandle } from './run.js';
export {
  accessLog,
  type HttpServerHandle,
  healthRoutes,
  listen,
  type RequestInfo,
  requestIdOf,
  startSubgraphServer,
} from './server.js';
export {
  type BaseRequestContext,
  type ContextHandler,
  composeService,
  type RouteDeps,
  type Service,
  type ServiceDefinition,
} from './service.js';
export {
  createServiceTokenSigner,
  createServiceTokenVerifier,
  type ServiceTokenSigner,
  type ServiceTokenVerifier,
} from './service-token.js';
