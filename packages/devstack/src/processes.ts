import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export type ManagedProcess = {
  name: string;
  /** The running child (after `start()`, the new one). */
  readonly child: ChildProcess;
  hasExited(): boolean;
  /** The last lines the process printed (for error reports). */
  tail(): string[];
  stop(): Promise<void>;
  /**
   * Starts a stopped (or exited) process again with the same command, arguments and environment,
   * so on the same port; a process still running is left alone. Fault tests stop a service and
   * bring it back this way.
   */
  start(): void;
  /** Times this process was started (1 after `spawnProcess`). */
  starts(): number;
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

type Run = { child: ChildProcess; exited: Promise<void>; failed: boolean };

export function spawnProcess(options: SpawnOptions): ManagedProcess {
  const lines: string[] = [];
  const collect = (line: string) => {
    lines.push(line);
    if (lines.length > TAIL) lines.shift();
    options.onLine?.(options.name, line);
  };
  let starts = 0;
  const launch = (): Run => {
    starts += 1;
    const child = spawn(options.command, options.args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: options.detached ?? false,
    });
    createInterface({ input: child.stdout! }).on('line', collect);
    createInterface({ input: child.stderr! }).on('line', collect);
    const run: Run = { child, failed: false, exited: Promise.resolve() };
    run.exited = new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.once('error', (error) => {
        run.failed = true;
        collect(`could not start: ${error.message}`);
        resolve();
      });
    });
    return run;
  };
  const gone = (run: Run) => run.failed || run.child.exitCode !== null || run.child.signalCode !== null;
  let current = launch();
  return {
    name: options.name,
    get child() {
      return current.child;
    },
    hasExited: () => gone(current),
    tail: () => [...lines],
    stop: async () => {
      const run = current;
      if (gone(run)) return;
      run.child.kill('SIGTERM');
      const timer = setTimeout(() => run.child.kill('SIGKILL'), 10_000);
      await run.exited;
      clearTimeout(timer);
    },
    start: () => {
      if (gone(current)) current = launch();
    },
    starts: () => starts,
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
