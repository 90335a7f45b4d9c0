import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Sends one SMS; throws when the provider does not take it. Production providers come later. */
export type SmsProvider = {
  send(to: string, text: string): Promise<void>;
};

export type RecordedSms = { to: string; text: string; sentAt: string };

export type RecordingSmsProvider = SmsProvider & {
  /** Messages sent so far, oldest first. */
  messages(): RecordedSms[];
};

/**
 * The development SMS provider: sends nothing, records every message in memory and, when `file`
 * is given, appends it there as one JSON line (so a tester can read what would have been sent).
 */
export function createRecordingSmsProvider(options: { file?: string } = {}): RecordingSmsProvider {
  const sent: RecordedSms[] = [];
  let dirReady: Promise<unknown> | undefined;
  return {
    send: async (to, text) => {
      const message = { to, text, sentAt: new Date().toISOString() };
      if (options.file) {
        dirReady ??= mkdir(dirname(options.file), { recursive: true });
        await dirReady;
        await appendFile(options.file, `${JSON.stringify(message)}\n`, { mode: 0o600 });
      }
      sent.push(message);
    },
    messages: () => [...sent],
  };
}
