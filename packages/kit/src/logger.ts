import { type DestinationStream, type Logger, pino } from 'pino';

export type { Logger } from 'pino';

/**
 * Paths that could carry personal data or secrets. Redaction is a backstop only: code must
 * log opaque ids and counts, never argument objects.
 */
export const REDACT_PATHS = [
  'fnr',
  '*.fnr',
  'pid',
  '*.pid',
  'name',
  '*.name',
  'displayName',
  '*.displayName',
  'email',
  '*.email',
  'phone',
  '*.phone',
  'mobile',
  '*.mobile',
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'variables',
  '*.variables',
];

export type LoggerOptions = { service: string; level: string; destination?: DestinationStream };

/** The root logger of a process: JSON lines, one `service` field, personal data redacted. */
export function createLogger({ service, level, destination }: LoggerOptions): Logger {
  return pino(
    {
      level,
      base: { service },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
