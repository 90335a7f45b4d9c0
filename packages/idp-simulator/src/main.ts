import { ConfigError, createLogger } from '@klageportal/kit';
import { loadSimulatorEnv, loadSimulatorFile } from './config.js';
import { startIdpSimulator } from './server.js';

/** CLI: `node dist/src/main.js` — serves the three simulators until SIGINT/SIGTERM. */
async function main(): Promise<void> {
  let env: ReturnType<typeof loadSimulatorEnv>;
  let file: Awaited<ReturnType<typeof loadSimulatorFile>>;
  try {
    env = loadSimulatorEnv();
    file = await loadSimulatorFile(env.configFile);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger({ service: 'idp-simulator', level: env.logLevel });
  const simulator = await startIdpSimulator({
    host: env.host,
    port: env.port,
    baseUrl: env.baseUrl,
    ...file,
    logger,
  });
  logger.info({ url: simulator.url, issuers: simulator.issuers }, 'listening');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    try {
      await simulator.close();
    } finally {
      process.exit(0);
    }
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `idp-simulator failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
