export { type NotificationConfig, notificationEnvSchema } from './config.js';
export {
  CHANNELS,
  type Channel,
  isChannel,
  isLanguage,
  jobIdForKey,
  LANGUAGES,
  type Language,
  type LinkRefusal,
  type MinSideLink,
  minSideLink,
  type Notice,
  type NoticeEmail,
  noticeEmail,
  noticeText,
  notificationJobKey,
} from './domain/notice.js';
export { createSmtpEmailSender, type EmailSender, type SmtpOptions } from './email-sender.js';
export { createEventBus, type EventBus } from './events.js';
export {
  createNotificationQueue,
  DEFAULT_RETRY,
  type NotificationQueue,
  type NotificationQueueOptions,
  type NotificationRequest,
  type NotificationWorker,
  type NotificationWorkerOptions,
  type RetryPolicy,
  type SendOutcome,
  type SendRefusal,
  startNotificationWorker,
} from './queue.js';
export { NoticeDeliveryError, type SafeError, safeError } from './safe-error.js';
export { type ScheduledJob, startScheduledJob } from './schedule.js';
export {
  createRecordingSmsProvider,
  type RecordedSms,
  type RecordingSmsProvider,
  type SmsProvider,
} from './sms.js';
