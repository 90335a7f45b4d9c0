export { buildSubgraph, printSdl, type ReferenceResolver, type SubgraphOptions } from './build-subgraph.js';
export { graphqlEnum } from './enums.js';
export { refuse } from './errors.js';
export { anonymous, type Principal } from './principal.js';
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
export { type BaseRequestContext, composeService, type Service, type ServiceDefinition } from './service.js';
