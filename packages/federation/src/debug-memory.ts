import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type express from 'express';

let collect: (() => void) | null = null;

/** A full collection, for measuring what is live (the flag is set at run time, for benchmarks only). */
function collectGarbage(): void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
  collect(); // buffers whose wrappers die in the first collection are freed in the second
}

/**
 * GET /debug/memory for benchmarks: the process's live memory (heap in use + external buffers,
 * after a full collection) and its resident size. Mounted only when the config asks for it,
 * which it never does in production.
 */
export function debugMemoryRoute(app: express.Express): void {
  app.get('/debug/memory', (_req, res) => {
    collectGarbage();
    const m = process.memoryUsage();
    res.setHeader('Cache-Control', 'no-store');
    res.json({ liveBytes: m.heapUsed + m.external, rssBytes: m.rss });
  });
}
