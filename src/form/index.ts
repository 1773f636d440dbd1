// The contact form's non-visual parts, for sites that build their own form or send messages themselves.
export {
  sendMessage,
  SendError,
  newIdempotencyKey,
  parseRetryAfter,
  readFieldErrors,
  defaultRetryPolicy,
} from './send-message.js';
export type { ContactPayload, SendErrorCode, RetryPolicy, SendRequest, SendResult } from './send-message.js';
// `validators.required`, `validators.email`, … for sites that add fields with the same rules.
export * as validators from './validators.js';
export { validateField } from './validators.js';
export type { Validator, FormField, FieldValue } from './validators.js';
export { contactFields, type ExtraField, type FieldOptions } from './contact-fields.js';
export { loadDraft, saveDraft, clearDraft, draftId, type Draft, type DraftMode } from './draft-store.js';
