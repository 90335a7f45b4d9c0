import nodemailer from 'nodemailer';
import type { NoticeEmail } from './domain/notice.js';

/** Sends one notice e-mail; throws when the mail server does not take it. */
export type EmailSender = {
  send(to: string, email: NoticeEmail): Promise<void>;
  close(): void;
};

export type SmtpOptions = {
  host: string;
  port: number;
  /** The From header, e.g. `Nasjonalt klageorgan for helsetjenesten <ikke-svar@…>`. */
  from: string;
  /** TLS from the first byte (port 465). Otherwise STARTTLS is used when the server offers it. */
  secure?: boolean;
  /** Refuse to send without STARTTLS (production). */
  requireTls?: boolean;
  /** Omit for servers without authentication (the local catcher). */
  auth?: { user: string; pass: string };
  /** Milliseconds to wait for connecting and for each SMTP answer. */
  timeoutMs?: number;
};

/**
 * E-mail over real SMTP with nodemailer. One connection per mail (no pool): a notice is rare, and
 * a server that went away is noticed at once by the next attempt.
 */
export function createSmtpEmailSender(options: SmtpOptions): EmailSender {
  const timeout = options.timeoutMs ?? 10_000;
  const transport = nodemailer.createTransport({
    host: options.host,
    port: options.port,
    secure: options.secure ?? false,
    requireTLS: options.requireTls ?? false,
    ...(options.auth ? { auth: options.auth } : {}),
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    logger: false,
    debug: false,
  });
  return {
    send: async (to, email) => {
      await transport.sendMail({
        from: options.from,
        to,
        subject: email.subject,
        text: email.text,
        // notices are transactional: no tracking, no auto-replies back to us
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
    },
    close: () => transport.close(),
  };
}
