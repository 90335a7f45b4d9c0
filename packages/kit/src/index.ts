export { orderByKeys } from './batch.js';
export { ErrorCode } from './codes.js';
export {
  checkNotificationEmail,
  type EmailRefusal,
  isDirectEmailAddress,
  type MobileRefusal,
  normaliseMobile,
  SHARED_MAILBOX_LOCAL_PARTS,
} from './contact.js';
export { ConfigError, envShapes, parseEnv, type ServiceEnv, serviceEnvSchema, z } from './env.js';
export { defaultMessages, isExpected, logUnexpected, maskError } from './graphql-errors.js';
export { createLogger, type Logger, REDACT_PATHS } from './logger.js';
export { type ForwardOptions, forwardRequest, withoutHopByHop } from './proxy.js';
export { type Err, err, type Ok, ok, type Result } from './result.js';
