import { envShapes, z } from '@klageportal/kit';
import { type MinSideLink, minSideLink } from './domain/notice.js';

/**
 * The variables a process that sends notices takes. A service's config.ts parses them (with its
 * own, through `parseEnv`) and hands the result to `createSmtpEmailSender`,
 * `createRecordingSmsProvider` and `startNotificationWorker`. Defaults suit `pnpm start`'s mail
 * catcher. This package itself never reads `process.env`.
 */
export const notificationEnvSchema = z
  .object({
    SMTP_HOST: z.string().min(1).default('127.0.0.1'),
    SMTP_PORT: envShapes.port(1025),
    /** `true`: TLS from the first byte (465); otherwise STARTTLS when offered. */
    SMTP_SECURE: z.stringbool().default(false),
    SMTP_REQUIRE_TLS: z.stringbool().default(false),
    SMTP_USER: z.string().min(1).optional(),
    SMTP_PASSWORD: z.string().min(1).optional(),
    MAIL_FROM: z
      .string()
      .min(3)
      .default('Nasjonalt klageorgan for helsetjenesten <ikke-svar@klageportal.example>'),
    /** The Min side address every notice links to. */
    MIN_SIDE_URL: z.string().transform((url, ctx): MinSideLink => {
      const link = minSideLink(url);
      if (link.ok) return link.value;
      ctx.addIssue({
        code: 'custom',
        message: 'not a plain http(s) address without query, fragment or digits in the path',
      });
      return z.NEVER;
    }),
    /** Development SMS provider: also append each message to this file (JSON lines). */
    SMS_OUTBOX_FILE: z.string().min(1).optional(),
    /** PostgreSQL schema of the notification queue (pg-boss tables). */
    NOTIFY_QUEUE_SCHEMA: z
      .string()
      .regex(/^[a-z_][a-z0-9_]*$/)
      .default('notify'),
  })
  .refine((env) => Boolean(env.SMTP_USER) === Boolean(env.SMTP_PASSWORD), {
    message: 'SMTP_USER and SMTP_PASSWORD go together',
    path: ['SMTP_USER'],
  })
  .transform((env) => ({
    smtp: {
      host: env.SMTP_HOST,
      port: env.SMTP_PORT,
      from: env.MAIL_FROM,
      secure: env.SMTP_SECURE,
      requireTls: env.SMTP_REQUIRE_TLS,
      ...(env.SMTP_USER && env.SMTP_PASSWORD
        ? { auth: { user: env.SMTP_USER, pass: env.SMTP_PASSWORD } }
        : {}),
    },
    link: env.MIN_SIDE_URL,
    sms: { outboxFile: env.SMS_OUTBOX_FILE },
    queue: { schema: env.NOTIFY_QUEUE_SCHEMA },
  }));

export type NotificationConfig = z.output<typeof notificationEnvSchema>;
