// One citizen's message as the server takes it: the form's fields checked by the form's own rules, its
// idempotency key, its fingerprint (what "the same request" means) and its reference.
import { createHash, randomBytes } from 'node:crypto';
import { validateField, type FieldValue, type FormField } from '../form/validators.js';
import type { ContactFormTexts } from '../i18n/translation.js';

/** Field name → trimmed text, or `true` for a ticked box; empty fields are left out, as the form sends them. */
export type MessageFields = Record<string, FieldValue>;

/** The form's spam trap: people never see it, so whatever fills it in is a robot. */
export const honeypotField = 'homepage';
/** Where a plain HTML post (no JavaScript, so no header) carries the message's key. */
export const keyField = 'idempotency_key';

/**
 * A posted value as the form would have sent it: text trimmed, a box ticked when it says so (`yes` is
 * the form's value, `on` a browser's default). Anything that is not text, a number or a boolean counts
 * as left empty.
 */
function fieldValue(field: FormField, posted: unknown): FieldValue {
  if (field.type === 'checkbox')
    return posted === true || (typeof posted === 'string' && /^(yes|on|true)$/i.test(posted));
  if (typeof posted === 'string') return posted.trim();
  return typeof posted === 'number' && Number.isFinite(posted) ? String(posted) : '';
}

export type ReadResult = { fields: MessageFields; errors?: undefined } | { errors: Record<string, string> };

/**
 * The form's fields from a posted body, checked by the form's own validators: the values, or field name →
 * the message the form shows at that field. Fields the form does not have are not taken.
 */
export function readFields(t: ContactFormTexts, fields: FormField[], body: Record<string, unknown>): ReadResult {
  const values: MessageFields = {};
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const value = fieldValue(field, body[field.name]);
    const error = validateField(t, field, value);
    if (error) errors[field.name] = error;
    else if (value) values[field.name] = value;
  }
  return Object.keys(errors).length ? { errors } : { fields: values };
}

/**
 * The key as the form sends it (a UUID), or as the IETF draft writes it (a quoted string); undefined when
 * missing or unusable. Kept short and printable: it is stored and compared, never shown.
 */
export function readKey(value: unknown): string | undefined {
  const key = typeof value === 'string' ? value.trim().replace(/^"(.*)"$/, '$1') : '';
  return /^[\x21-\x7e]{1,255}$/.test(key) ? key : undefined;
}

/** What makes two requests with one key the same request: their fields, in a fixed order. */
export function fingerprint(fields: MessageFields): string {
  const canonical = JSON.stringify(Object.entries(fields).sort(([a], [b]) => (a < b ? -1 : 1)));
  return createHash('sha256').update(canonical).digest('base64url');
}

// Crockford's base32: no I, L, O or U, so a reference read out on the phone is not misheard.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const referencePattern = /^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/;

/**
 * A new reference, like `7K2QD-M9X4A`: 50 random bits, so references tell nothing about how many messages
 * came before and cannot be guessed. The store's unique constraint catches the improbable repeat.
 */
export function newReference(): string {
  const bytes = randomBytes(10);
  const chars = [...bytes].map((byte) => alphabet[byte & 31]);
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}

export const isReference = (value: unknown): value is string =>
  typeof value === 'string' && referencePattern.test(value);
