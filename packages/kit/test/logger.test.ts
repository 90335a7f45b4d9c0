import { Writable } from 'node:stream';
import { expect, it } from 'vitest';
import { createLogger } from '../src/index.js';

it('redacts personal fields as a backstop', () => {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const log = createLogger({ service: 'test', level: 'info', destination });
  log.info({ fnr: '01010012345', person: { email: 'a@b.no', id: 'p1' } }, 'lookup');
  const line = JSON.parse(lines[0]!);
  expect(line.fnr).toBe('[redacted]');
  expect(line.person).toEqual({ email: '[redacted]', id: 'p1' });
  expect(line.service).toBe('test');
});
