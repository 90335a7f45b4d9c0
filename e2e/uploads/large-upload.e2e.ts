import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { startTestStack, type TestStack } from '../support/stack.js';

/**
 * Three 25 MB uploads through the gateway into cases, one after the other, with the live memory
 * of both processes (heap in use + external buffers after a full collection, from their
 * /debug/memory, on in this stack only) sampled while they go. Streamed, neither holds the file:
 * the peak growth over the warm process stays far below its size (a cases that kept the file
 * measured about 25 MB here). The figures are printed.
 */
const FILE_BYTES = 25 * 1024 * 1024 - 4096;
// Per Klagesen's seeded case (he is its only party, with mobile and e-mail: he may upload)
const CASE_ID = '6f1d2c1e-0001-4a6b-9d3e-000000000002';

let stack: TestStack;
let browser: Browser;
let cookie: string;

beforeAll(async () => {
  stack = await startTestStack({ debugMemory: true });
  browser = await launchChromium();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${stack.urls.portal}/`);
  await page.getByRole('link', { name: /Logg inn/ }).click();
  await page.waitForURL(`${stack.urls.idp}/**`);
  await page.getByRole('button', { name: /^Per Klagesen/ }).click();
  await page.waitForURL(`${stack.urls.portal}/**`);
  cookie = (await context.cookies(stack.urls.portal)).map((c) => `${c.name}=${c.value}`).join('; ');
});
afterAll(async () => {
  await browser?.close();
  await stack?.dispose();
});

/** Live memory of a process (heap in use + external, after a full collection), from its /debug/memory. */
const liveOf = async (name: 'gateway' | 'cases') => {
  const res = await fetch(new URL('/debug/memory', stack.urls[name]));
  return ((await res.json()) as { liveBytes: number }).liveBytes;
};

/** A multipart body generated piece by piece: the test does not hold the file either. */
function multipart(boundary: string, size: number): ReadableStream<Uint8Array> {
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="caseId"\r\n\r\n${CASE_ID}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nStort vedlegg\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="stort.pdf"\r\n` +
      'Content-Type: application/pdf\r\n\r\n%PDF-1.7\n',
  );
  const tail = Buffer.from(`\n%%EOF\n\r\n--${boundary}--\r\n`);
  const piece = Buffer.alloc(64 * 1024, 0x20);
  let left = size - 9 - 7; // minus the PDF header and trailer
  let sentHead = false;
  return new ReadableStream({
    pull(controller) {
      if (!sentHead) {
        sentHead = true;
        controller.enqueue(head);
      } else if (left > 0) {
        const n = Math.min(left, piece.length);
        left -= n;
        controller.enqueue(piece.subarray(0, n));
      } else {
        controller.enqueue(tail);
        controller.close();
      }
    },
  });
}

async function upload(size: number) {
  const boundary = `----klageportal${Date.now()}`;
  const res = await fetch(new URL('/files/documents', stack.urls.gateway), {
    method: 'POST',
    headers: {
      cookie,
      'x-klageportal-upload': '1',
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    body: multipart(boundary, size),
    duplex: 'half',
  } as RequestInit);
  return { status: res.status, body: await res.json() };
}

describe('25 MB uploads through the gateway', () => {
  it('complete with the live memory of gateway and cases growing far less than the file', async () => {
    const warm = await upload(200_000); // warm-up: code paths loaded, pools open
    expect(warm).toEqual({ status: 201, body: { document: { id: expect.any(String) } } });
    const before = { gateway: await liveOf('gateway'), cases: await liveOf('cases') };
    const peaks: { gateway: number; cases: number }[] = [];
    for (let i = 0; i < 3; i++) {
      const peak = { gateway: 0, cases: 0 };
      let sampling = true;
      const sampler = (async () => {
        while (sampling) {
          peak.gateway = Math.max(peak.gateway, await liveOf('gateway'));
          peak.cases = Math.max(peak.cases, await liveOf('cases'));
          await new Promise((r) => setTimeout(r, 100));
        }
      })();
      const result = await upload(FILE_BYTES);
      sampling = false;
      await sampler;
      expect(result).toEqual({ status: 201, body: { document: { id: expect.any(String) } } });
      peaks.push({ gateway: peak.gateway - before.gateway, cases: peak.cases - before.cases });
    }
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    process.stdout.write(
      `25 MB uploads, peak live-memory growth over the warm process (1st, 2nd, 3rd file): ` +
        `gateway ${peaks.map((p) => mb(p.gateway)).join(', ')} MB; cases ${peaks.map((p) => mb(p.cases)).join(', ')} MB\n`,
    );
    for (const peak of peaks) {
      expect(peak.gateway).toBeLessThan(FILE_BYTES / 5);
      expect(peak.cases).toBeLessThan(FILE_BYTES / 5);
    }
  });
});
