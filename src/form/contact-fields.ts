// The fields of the contact form, from its configuration, with their checks. No Lit, no DOM.
import type { ContactFormTexts } from '../i18n/translation.js';
import type { FormField, Validator } from './validators.js';
import { email, maxLength, phone, required, url } from './validators.js';
import { listFields, type FieldOptions } from './field-list.js';

export type { ExtraField, FieldOptions } from './field-list.js';

const typeValidators: Partial<Record<FormField['type'], Validator>> = { email, tel: phone, url };

/**
 * The fields `listFields` shows (name, e-mail, phone, topic, subject, message, the site's extra fields,
 * consent), each checked by `required`, its type's validator and `maxLength` where they apply, then
 * by the site's own validators.
 */
export function contactFields(t: ContactFormTexts, options: FieldOptions): FormField[] {
  return listFields(t, options).map((field) => {
    const rules = [
      field.required && required,
      typeValidators[field.type],
      field.maxLength && maxLength,
      ...field.validators,
    ];
    return { ...field, validators: rules.filter((rule): rule is Validator => !!rule) };
  });
}
