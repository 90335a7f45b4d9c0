import { ConfigError, parseEnv } from '@klageportal/kit';
import { describe, expect, it } from 'vitest';
import { NoticeDeliveryError, notificationEnvSchema, safeError } from '../src/index.js';

describe('notificationEnvSchema', () => {
  it('defaults to the local mail catcher', () => {
    const config = parseEnv(notificationEnvSchema, { MIN_SIDE_URL: 'http://127.0.0.1:5173' });
    expect(config.smtp).toEqual({
      host: '127.0.0.1',
      port: 1025,
      from: 'Nasjonalt klageorgan for helsetjenesten <ikke-svar@klageportal.example>',
      secure: false,
      requireTls: false,
    });
    expect(config.link).toBe('http://127.0.0.1:5173');
    expect(config.queue.schema).toBe('notify');
  });

  it('reports every problem at once, a Min side link with a case number among them', () => {
    const parse = () =>
      parseEnv(notificationEnvSchema, {
        MIN_SIDE_URL: 'https://klageportal.example.no/saker/24-01234',
        SMTP_PORT: 'x',
      });
    expect(parse).toThrow(ConfigError);
    try {
      parse();
    } catch (error) {
      expect((error as ConfigError).problems.map((p) => p.split(':')[0])).toEqual([
        'SMTP_PORT',
        'MIN_SIDE_URL',
      ]);
    }
  });
});

describe('safeError', () => {
  it('keeps the kind and SMTP code of a failure, never its message', () => {
    const smtp = Object.assign(new Error('Recipient command failed: 550 5.1.1 <kari@example.no>'), {
      code: 'EENVELOPE',
      responseCode: 550,
      command: 'RCPT TO',
      rejected: ['kari@example.no'],
    });
    expect(safeError(smtp)).toEqual({
      type: 'Error',
      code: 'EENVELOPE',
      responseCode: 550,
      command: 'RCPT TO',
    });
    expect(JSON.stringify(safeError(smtp))).not.toContain('kari');
    expect(safeError('kari@example.no')).toEqual({ type: 'string' });
    expect(new NoticeDeliveryError('EMAIL', safeError(smtp)).message).toBe(
      'EMAIL notice not delivered (EENVELOPE)',
    );
  });
});
