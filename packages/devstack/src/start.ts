// `pnpm start`: a real PostgreSQL (embedded unless DATABASE_URL is set), every service migrated
// and seeded, the gateway and the portal; prints where everything is. Ctrl-C stops it all.

import { isAbsolute, join } from 'node:path';
import { ConfigError, loadStartConfig } from './config.js';
import { ensureDatabase, startEmbeddedPostgres } from './postgres.js';
import { loadOrCreateSecrets, NPE_SCOPE } from './secrets.js';
import { repoRoot, STAFF_USERS, type Stack, startStack } from './stack.js';

const DATABASE = 'klageportal';

async function main() {
  let config: ReturnType<typeof loadStartConfig>;
  try {
    config = loadStartConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const started = Date.now();
  let stopPostgres: () => Promise<void> = async () => undefined;
  let databaseUrl = config.databaseUrl;
  const dataRoot = isAbsolute(config.dataDir) ? config.dataDir : join(repoRoot, config.dataDir);
  const secrets = await loadOrCreateSecrets(join(dataRoot, 'secrets.json'));
  let databaseNote: string;
  if (databaseUrl) {
    databaseNote = 'PostgreSQL from DATABASE_URL';
  } else {
    const dataDir = join(dataRoot, 'pg');
    console.log(`Starting embedded PostgreSQL (data in ${dataDir}) …`);
    const pg = await startEmbeddedPostgres({
      dataDir,
      port: config.embeddedPostgresPort,
    });
    stopPostgres = pg.stop;
    databaseUrl = await ensureDatabase(pg.adminUrl, DATABASE);
    databaseNote = `embedded PostgreSQL on 127.0.0.1:${config.embeddedPostgresPort}, data in ${dataDir}`;
  }

  let stack: Stack | undefined;
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping …');
    await stack?.stop();
    await stopPostgres();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    stack = await startStack({
      databaseUrl,
      ports: config.ports,
      logLevel: config.logLevel,
      seed: true,
      secrets,
      configDir: dataRoot,
      mailCatcher: config.mailCatcher,
      onLine: (name, line) => console.log(`${name.padEnd(8)} │ ${line}`),
    });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await shutdown(1);
    return;
  }
  for (const proc of stack.processes) {
    proc.child.once('exit', (code) => {
      if (!stopping) {
        console.error(`${proc.name} stopped unexpectedly (exit code ${code}); stopping everything.`);
        void shutdown(1);
      }
    });
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`
┌──────────────────────────────────────────────────────────────────────────
│ Klageportal is running (started in ${seconds} s)
│
│   Portal (Min side)  ${stack.urls.portal}
│   GraphQL gateway    ${stack.urls.gateway}
│   GraphiQL (staff)   ${stack.urls.portal}/graphiql/
│   Case officers      ${stack.urls.portal}/intern
│   Press console      ${stack.urls.portal}/intern/presse (press officers; public press page /presse)
│   Statistics         ${stack.urls.portal}/statistikk (public; open data /open-data/statistikk-<year>.csv|json)
│   Mail (catcher)     ${stack.urls.mail} (SMTP ${stack.urls.smtp}; all e-mail ends up here)
│   SMS (recorded)     ${stack.smsOutboxFile}
│
│   Subgraphs          identity ${stack.urls.identity}
│                      cases    ${stack.urls.cases}
│                      press    ${stack.urls.press}
│                      stats    ${stack.urls.stats}
│   Database           ${databaseNote}
│
│   ID-porten (test)   ${stack.urls.idp}/idporten — pick a person on its login page:
${stack.persons.map((p) => `│     ${p.fnr}  ${p.displayName.padEnd(24)} ${p.note}`).join('\n')}
│   Staff login        ${stack.urls.portal}/auth/staff/login (GraphiQL needs it):
${STAFF_USERS.map((u) => `│     ${u.name.padEnd(22)} ${u.groups.join(', ')}`).join('\n')}
│   NPE test client    Maskinporten ${stack.urls.idp}/maskinporten, scope ${NPE_SCOPE},
│                      client id and key in ${join(dataRoot, 'secrets.json')}
│   All people, numbers and organisations here are synthetic.
│
│   Ctrl-C stops every process and the database.
└──────────────────────────────────────────────────────────────────────────`);
}

await main();
