export { type Config, loadConfig } from './config.js';
export { GRAPHIQL_CSP, startGateway } from './server.js';
export { composeSupergraph, readSupergraph, SUPERGRAPH_PATH } from './supergraph.js';
