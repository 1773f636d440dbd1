import type { JsonFields } from './json-fields.js';
import type { FeedContext, ItemDraft, QuoteDraft } from './normalize.js';
import { optionalText } from './text.js';
import type { ContactConfig, ContactField, Organisation } from './types.js';

// The `_press` extension of JSON Feed (docs/feed-format.md). Other readers ignore it, as the JSON Feed
// spec asks of keys starting with an underscore.

const fieldTypes = new Set<ContactField['type']>(['text', 'email', 'tel', 'url', 'textarea', 'select', 'checkbox']);

export function readOrganisation(press: JsonFields, context: FeedContext): Organisation | undefined {
  const organisation = press.child('organisation');
  if (!organisation) return undefined;
  const name = optionalText(organisation.string('name'));
  if (!name) {
    context.warnings.add(`${organisation.where} has no name; ignored.`);
    return undefined;
  }
  return {
    name,
    url: context.url(organisation.string('url'), `${organisation.where}.url`),
    logo: context.url(organisation.string('logo'), `${organisation.where}.logo`),
  };
}

function readField(field: JsonFields, context: FeedContext): ContactField | undefined {
  const name = field.string('name')?.trim();
  const label = optionalText(field.string('label'));
  if (!name || !label) {
    context.warnings.add(`${field.where} needs a name and a label; ignored.`);
    return undefined;
  }
  const type = field.string('type') as ContactField['type'];
  if (type !== undefined && !fieldTypes.has(type)) context.warnings.add(`${field.where}.type "${type}" is unknown; a text field is shown.`);
  const options = field.objects('options').flatMap((option) => {
    const value = option.string('value');
    const optionLabel = optionalText(option.string('label')) ?? value;
    return value !== undefined && optionLabel ? [{ value, label: optionLabel }] : [];
  });
  return {
    name,
    label,
    type: type && fieldTypes.has(type) ? type : 'text',
    required: field.boolean('required') ?? false,
    options: options.length ? options : undefined,
    hint: optionalText(field.string('hint')),
  };
}

export function readContact(press: JsonFields, context: FeedContext): ContactConfig | undefined {
  const contact = press.child('contact');
  if (!contact) return undefined;
  return {
    intro: optionalText(contact.string('intro')),
    endpoint: context.url(contact.string('endpoint'), `${contact.where}.endpoint`),
    topics: contact.objects('topics').flatMap((topic) => {
      const id = topic.string('id')?.trim();
      const label = optionalText(topic.string('label'));
      if (id && label) return [{ id, label, institution: optionalText(topic.string('institution')) }];
      context.warnings.add(`${topic.where} needs an id and a label; ignored.`);
      return [];
    }),
    privacyUrl: context.url(contact.string('privacy_url'), `${contact.where}.privacy_url`),
    consent: optionalText(contact.string('consent')),
    fields: contact.objects('fields').flatMap((field) => readField(field, context) ?? []),
  };
}

type ItemExtension = Pick<ItemDraft, 'category' | 'source' | 'location' | 'imageAlt' | 'quotes' | 'translations'>;

export function readItemExtension(item: JsonFields): ItemExtension {
  const press = item.child('_press');
  if (!press) return { quotes: [] };
  const translations = press.child('translations');
  const quotes: QuoteDraft[] = press.objects('quotes').map((quote) => ({
    text: quote.string('text') ?? '',
    speaker: quote.string('speaker') ?? '',
    role: quote.string('role'),
    organisation: quote.string('organisation'),
  }));
  return {
    category: press.string('category'),
    source: press.string('source'),
    location: press.string('location'),
    imageAlt: press.string('image_alt'),
    quotes,
    translations: translations && Object.fromEntries(
      Object.keys(translations.object).flatMap((language) => {
        const target = translations.string(language);
        return target ? [[language, target]] : [];
      }),
    ),
  };
}
