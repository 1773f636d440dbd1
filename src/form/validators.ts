// Named validators with localized messages (the Lion pattern). No Lit, no DOM: a site can add its own.
import type { ContactFormTexts } from '../i18n/translation.js';
import type { ContactField } from '../data/types.js';
import { safeUrl } from '../data/urls.js';

export type FieldValue = string | boolean;

/** A field as the form shows and checks it. */
export interface FormField extends ContactField {
  type: NonNullable<ContactField['type']>;
  /** The most characters the server accepts; people may type past it and are told by how much. */
  maxLength?: number;
  autocomplete?: string;
  validators: Validator[];
}

/** One rule: `validate` says whether a value passes, `message` says what to do when it does not. */
export interface Validator {
  name: string;
  validate(value: FieldValue, field: FormField): boolean;
  message(t: ContactFormTexts, field: FormField, value: FieldValue): string;
}

const text = (value: FieldValue) => (typeof value === 'string' ? value.trim() : '');

const requiredMessages: Partial<Record<string, (t: ContactFormTexts) => string>> = {
  name: (t) => t.nameRequired,
  email: (t) => t.emailRequired,
  message: (t) => t.messageRequired,
  consent: (t) => t.consentRequired,
};

/** Not empty (a checkbox: ticked). */
export const required: Validator = {
  name: 'required',
  validate: (value) => value === true || !!text(value),
  message: (t, field) =>
    requiredMessages[field.name]?.(t) ??
    (field.type === 'select' || field.type === 'checkbox' ? t.fieldSelect(field.label) : t.fieldRequired(field.label)),
};

/** Something@domain.tld, or empty. */
export const email: Validator = {
  name: 'email',
  validate: (value) => !text(value) || /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(text(value)),
  message: (t) => t.emailInvalid,
};

/** Six to fifteen digits, with spaces, `+ - . / ( )` allowed, or empty. */
export const phone: Validator = {
  name: 'phone',
  validate: (value) => {
    const number = text(value);
    const digits = number.replace(/\D/g, '').length;
    return !number || (/^\+?[\d\s()./-]+$/.test(number) && digits >= 6 && digits <= 15);
  },
  message: (t) => t.phoneInvalid,
};

/** An http(s) address, or empty. */
export const url: Validator = {
  name: 'url',
  validate: (value) => !text(value) || !!safeUrl(text(value), undefined),
  message: (t) => t.urlInvalid,
};

/**
 * One of the field's options, or empty. A browser's list holds nothing else, so only a server checks it
 * (a post can hold anything); the form leaves it out and its bundle does not carry it.
 */
export const option: Validator = {
  name: 'option',
  validate: (value, field) => !text(value) || !!field.options?.some((choice) => choice.value === text(value)),
  message: (t, field) => t.fieldSelect(field.label),
};

/** At most `field.maxLength` characters; the message says how many too many. */
export const maxLength: Validator = {
  name: 'maxLength',
  validate: (value, field) => !(String(value).length > field.maxLength!),
  message: (t, field, value) => t.charactersOver(String(value).length - (field.maxLength ?? 0)),
};

/** The message of the first validator the value fails, or undefined when it passes them all. */
export function validateField(t: ContactFormTexts, field: FormField, value: FieldValue = ''): string | undefined {
  const failed = field.validators.find((validator) => !validator.validate(value, field));
  return failed?.message(t, field, value);
}
