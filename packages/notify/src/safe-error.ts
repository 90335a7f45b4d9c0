/**
 * What may be logged or stored about a delivery failure: the error's kind and the SMTP code and
 * command, never its message (mail servers put the recipient's address in theirs, e.g.
 * `550 5.1.1 <kari@…>: Recipient address rejected`).
 */
export type SafeError = { type: string; code?: string; responseCode?: number; command?: string };

export function safeError(error: unknown): SafeError {
  if (!(error instanceof Error)) return { type: typeof error };
  const fields = error as Error & { code?: unknown; responseCode?: unknown; command?: unknown };
  const safe: SafeError = { type: error.name };
  if (typeof fields.code === 'string' && /^[A-Z0-9_]{1,40}$/.test(fields.code)) safe.code = fields.code;
  if (typeof fields.responseCode === 'number') safe.responseCode = fields.responseCode;
  if (typeof fields.command === 'string' && /^[A-Z ]{1,20}$/.test(fields.command))
    safe.command = fields.command;
  return safe;
}

/** Thrown to the queue when a notice could not be delivered; its message carries no address. */
export class NoticeDeliveryError extends Error {
  constructor(
    readonly channel: string,
    readonly detail: SafeError,
  ) {
    super(`${channel} notice not delivered (${detail.code ?? detail.responseCode ?? detail.type})`);
    this.name = 'NoticeDeliveryError';
  }
}
