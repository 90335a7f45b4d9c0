import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, repoRoot, spawnProcess } from '@klageportal/devstack';
import { graphql } from '@klageportal/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * README command 1 as a newcomer runs it: `pnpm start` (here: its built entry point) with no
 * DATABASE_URL starts an embedded PostgreSQL in the data folder, migrates, seeds, starts
 * everything and prints the URLs; Ctrl-C stops it all; a second start reuses the data.
 */
let dataDir: string;
let env: Record<string, string>;
let ports: Record<string, number>;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'klageportal-start-'));
  await chmod(dataDir, 0o755);
  ports = {
    EMBEDDED_PG_PORT: await freePort(),
    GATEWAY_PORT: await freePort(),
    PORTAL_PORT: await freePort(),
    IDENTITY_PORT: await freePort(),
    CASES_PORT: await freePort(),
    PRESS_PORT: await freePort(),
    STATS_PORT: await freePort(),
    IDP_PORT: await freePort(),
    SMTP_PORT: await freePort(),
    MAIL_UI_PORT: await freePort(),
  };
  env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/root',
    DATA_DIR: dataDir,
    ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])),
  };
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function runStart() {
  const lines: string[] = [];
  const proc = spawnProcess({
    name: 'start',
    command: process.execPath,
    args: ['packages/devstack/dist/src/start.js'],
    cwd: repoRoot,
    env,
    onLine: (_name, line) => lines.push(line),
    detached: true,
  });
  const started = Date.now();
  while (!lines.some((l) => l.includes('Ctrl-C stops every process'))) {
    if (proc.hasExited()) throw new Error(`pnpm start stopped:\n${lines.join('\n')}`);
    if (Date.now() - started > 120_000) throw new Error(`no banner after 120 s:\n${lines.join('\n')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { proc, lines, seconds: (Date.now() - started) / 1000 };
}

/** What a terminal does on Ctrl-C: SIGINT to every process of the foreground group. */
function ctrlC(groupLeader: number) {
  process.kill(-groupLeader, 'SIGINT');
}

async function portIsClosed(port: number): Promise<boolean> {
  const { connect } = await import('node:net');
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

describe('pnpm start without DATABASE_URL', () => {
  it('starts everything on an embedded PostgreSQL, prints the URLs, and stops cleanly on Ctrl-C; a second start reuses the data', async () => {
    const first = await runStart();
    const banner = first.lines.join('\n');
    expect(banner).toContain(`Portal (Min side)  http://127.0.0.1:${ports.PORTAL_PORT}`);
    expect(banner).toContain(`GraphiQL (staff)   http://127.0.0.1:${ports.PORTAL_PORT}/graphiql/`);
    expect(banner).toContain(`Case officers      http://127.0.0.1:${ports.PORTAL_PORT}/intern`);
    expect(banner).toContain(`Press console      http://127.0.0.1:${ports.PORTAL_PORT}/intern/presse`);
    expect(banner).toContain(`Statistics         http://127.0.0.1:${ports.PORTAL_PORT}/statistikk`);
    expect(banner).toContain(`Mail (catcher)     http://127.0.0.1:${ports.MAIL_UI_PORT}`);
    expect(banner).toContain('12848540127  Kari Testesen');
    expect(banner).toContain(`data in ${dataDir}/pg`);

    const mails = await fetch(`http://127.0.0.1:${ports.MAIL_UI_PORT}/api/messages`);
    expect(mails.status).toBe(200);
    expect(Array.isArray(await mails.json())).toBe(true);

    const gateway = `http://127.0.0.1:${ports.GATEWAY_PORT}/graphql`;
    const { body } = await graphql<{ statistics: { year: number } }>(gateway, '{ statistics { year } }');
    expect(body.data?.statistics.year).toBeGreaterThan(2000);

    ctrlC(first.proc.child.pid!);
    await expect.poll(() => first.proc.hasExited(), { timeout: 30_000 }).toBe(true);
    expect(first.proc.child.exitCode).toBe(0);
    for (const port of Object.values(ports)) expect(await portIsClosed(port)).toBe(true);

    const second = await runStart();
    expect(second.lines.join('\n')).not.toMatch(/initdb|creating directory/i);
    const again = await graphql<{ statistics: { year: number } }>(gateway, '{ statistics { year } }');
    expect(again.body.data?.statistics.year).toBe(body.data?.statistics.year);
    ctrlC(second.proc.child.pid!);
    await expect.poll(() => second.proc.hasExited(), { timeout: 30_000 }).toBe(true);
    expect(second.proc.child.exitCode).toBe(0);
    expect(await portIsClosed(ports.EMBEDDED_PG_PORT!)).toBe(true);
  });
});
