// `@sepca/press-widgets/contact-server`: the receiving side of <press-contact-form> (Node only). See
// docs/contact-server.md.
export { createContactHandler, type ContactHandler, type HandlerOptions } from './handler.js';
export { startContactServer, type RunningServer } from './http-server.js';
export { readConfig, readConfigFile, ConfigError, type ContactServerConfig, type Settings } from './config.js';
export { openStore } from './open-store.js';
export { exportMessages, type ExportFormat, type ExportedMessage } from './export.js';
export { retryDelay, defaultRetryDelays, type RetryDelays } from './outbox.js';
export type { CaptchaCheck } from './captcha.js';
export type { Logger, LogEntry } from './log.js';
export type { MessageStore, StoredMessage, NewMessage, Filing, KeyRecord, PendingMail, OutboxStatus } from './store.js';
