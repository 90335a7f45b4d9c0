import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export type ManagedProcess = {
  name: string;
  child: ChildProcess;
  hasExited(): boolean;
  /** The last lines the process printed (for error reports). */
  tail(): string[];
  stop(): Promise<void>;
};

export type SpawnOptions = {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  onLine?: (name: string, line: string) => void;
  /** Start in a process group of its own (so a test can send Ctrl-C to the whole group). */
  detached?: boolean;
};

const TAIL = 40;

export function spawnProcess(options: SpawnOptions): ManagedProcess {
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.detached ?? false,
  });
  const lines: string[] = [];
  const collect = (line: string) => {
    lines.push(line);
    if (lines.length > TAIL) lines.shift();
    options.onLine?.(options.name, line);
  };
  createInterface({ input: child.stdout! }).on('line', collect);
  createInterface({ input: child.stderr! }).on('line', collect);
  let failed = false;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', (error) => {
      failed = true;
      collect(`could not start: ${error.message}`);
      resolve();
    });
  });
  return {
    name: options.name,
    child,
    hasExited: () => failed || child.exitCode !== null || child.signalCode !== null,
    tail: () => [...lines],
    stop: async () => {
      if (failed || child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Polls `url` until it answers 2xx; fails early when the process dies, or after `timeoutMs`. */
export async function waitUntilReady(proc: ManagedProcess, url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.hasExited()) {
      throw new Error(`${proc.name} stopped (exit code ${proc.child.exitCode}):\n${proc.tail().join('\n')}`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`${proc.name} was not ready at ${url} after ${timeoutMs} ms:\n${proc.tail().join('\n')}`);
}

/** A TCP port that was free a moment ago. */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
