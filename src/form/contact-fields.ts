// The fields of the contact form, from its configuration, with their checks. No Lit, no DOM.
import type { ContactField, ContactTopic } from '../data/types.js';
import type { ContactFormTexts } from '../i18n/translation.js';
import type { FormField, Validator } from './validators.js';
import { email, maxLength, phone, required, url } from './validators.js';

/** An extra field a site adds with `.fields`, optionally with its own validators. */
export type ExtraField = ContactField & { validators?: Validator[] };

export interface FieldOptions {
  topics: ContactTopic[];
  fields: ExtraField[];
  consent?: string;
  maxLength: number;
}

const typeValidators: Partial<Record<FormField['type'], Validator>> = { email, tel: phone, url };

/**
 * Name, e-mail, phone, topic (when there are topics), subject, message, the site's extra fields, then
 * consent (when there is consent text). An extra field named like a built-in one (e.g. the sample feed's
 * `phone`) changes that field's hint and whether it is required, and keeps its localized label. Each
 * field is checked by `required`, its type's validator and `maxLength` where they apply, then by the
 * site's own validators.
 */
export function contactFields(
  t: ContactFormTexts,
  { topics, fields, consent, maxLength: longest }: FieldOptions,
): FormField[] {
  const builtIn: Omit<FormField, 'validators'>[] = [
    { name: 'name', label: t.nameLabel, type: 'text', required: true, autocomplete: 'name' },
    { name: 'email', label: t.emailLabel, type: 'email', required: true, autocomplete: 'email', hint: t.emailHint },
    { name: 'phone', label: t.phoneLabel, type: 'tel', autocomplete: 'tel' },
    ...(topics.length
      ? [
          {
            name: 'topic',
            label: t.topicLabel,
            type: 'select' as const,
            options: topics.map(({ id, label }) => ({ value: id, label })),
          },
        ]
      : []),
    { name: 'subject', label: t.subjectLabel, type: 'text' },
    { name: 'message', label: t.messageLabel, type: 'textarea', required: true, maxLength: longest },
  ];
  // Each field with the site's own validators, if any; the built-in checks are put before them below.
  const listed = builtIn.map((base): Partial<FormField> & Omit<FormField, 'validators'> => {
    const extra = fields.find(({ name }) => name === base.name);
    return extra
      ? {
          ...base,
          hint: extra.hint ?? base.hint,
          required: extra.required ?? base.required,
          validators: extra.validators,
        }
      : base;
  });
  for (const extra of fields) {
    if (extra.name !== 'consent' && !builtIn.some(({ name }) => name === extra.name))
      listed.push({ ...extra, type: extra.type ?? 'text' });
  }
  if (consent) listed.push({ name: 'consent', label: consent, type: 'checkbox', required: true });
  return listed.map((field) => {
    const rules = [
      field.required && required,
      typeValidators[field.type],
      field.maxLength && maxLength,
      ...(field.validators ?? []),
    ];
    return { ...field, validators: rules.filter((rule): rule is Validator => !!rule) };
  });
}
