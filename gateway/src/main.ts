import { ConfigError, createLogger } from '@klageportal/kit';
import { loadConfig } from './config.js';
import { startGateway } from './server.js';
import { readSupergraph } from './supergraph.js';

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
const logger = createLogger({ service: 'gateway', level: config.log.level });
const server = await startGateway({ config, supergraphSdl: await readSupergraph(), logger });
logger.info({ url: server.url }, 'listening');

const shutdown = async (signal: string) => {
  logger.info({ signal }, 'shutting down');
  await server.close();
  process.exit(0);
};
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
