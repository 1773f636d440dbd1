import { checkItemCount, fail, normalizeFeed, startParse, toUrl, warn, type FeedDraft, type ItemDraft } from './normalize.js';
import { atomNamespace, readAtom, readRss } from './parse-xml.js';
import type { SanitizerEngine } from './sanitize.js';
import { optionalText } from './text.js';
import type { Author, ContactConfig, ContactField, Organisation, PressFeed } from './types.js';
import { absoluteUrl } from './urls.js';

/** Options of `parseFeed`. */
export interface ParseFeedOptions {
  /** Where the feed was fetched from: the base for relative URLs and the `url` of errors. */
  url?: string;
  /** More items than this is `too-large`. Default 10,000. */
  maxItems?: number;
  /** A text longer than this many UTF-8 bytes is `too-large`. Default 5 MB. */
  maxBytes?: number;
  /** Forces a sanitizer engine; tests use it to run the DOMPurify path where the browser has its own. */
  sanitizer?: SanitizerEngine;
}

export const defaultMaxBytes = 5 * 1024 * 1024;

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The fields of one JSON object, read leniently: a number where text belongs becomes text, and anything
 * else out of place (null included) is dropped with a warning naming its path.
 */
class Fields {
  constructor(
    readonly object: JsonObject,
    readonly where: string,
  ) {}

  #wrong(key: string, expected: string): undefined {
    const value = this.object[key];
    const type = typeof value;
    return warn(`${this.where}.${key} is ${value === null ? 'null' : Array.isArray(value) ? 'a list' : `${type === 'object' ? 'an' : 'a'} ${type}`}, not ${expected}; ignored.`);
  }

  string(key: string): string | undefined {
    const value = this.object[key];
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    return typeof value === 'string' || value === undefined ? value : this.#wrong(key, 'text');
  }

  boolean(key: string): boolean | undefined {
    const value = this.object[key];
    return typeof value === 'boolean' || value === undefined ? value : this.#wrong(key, 'true or false');
  }

  child(key: string): Fields | undefined {
    const value = this.object[key];
    return isObject(value) ? new Fields(value, `${this.where}.${key}`) : value === undefined ? value : this.#wrong(key, 'an object');
  }

  /** A list; a single value where a list belongs is read as a list of one. */
  list(key: string): unknown[] {
    const value = this.object[key];
    if (Array.isArray(value) || value === undefined) return value ?? [];
    if (value === null) return this.#wrong(key, 'a list') ?? [];
    warn(`${this.where}.${key} is not a list; read as a list of one.`);
    return [value];
  }

  objects(key: string): Fields[] {
    return this.list(key).flatMap((value, index) =>
      isObject(value) ? new Fields(value, `${this.where}.${key}[${index}]`) : (warn(`${this.where}.${key}[${index}] is not an object; ignored.`) ?? []),
    );
  }

  /** A list of texts; a comma-separated text is accepted because feeds write tags that way. */
  strings(key: string): string[] {
    const value = this.object[key];
    if (typeof value === 'string') {
      warn(`${this.where}.${key} is text, not a list; read as comma-separated values.`);
      return value.split(',').map((part) => part.trim()).filter(Boolean);
    }
    return this.list(key).flatMap((item, index) =>
      typeof item === 'string' || typeof item === 'number' ? String(item) : (warn(`${this.where}.${key}[${index}] is not text; ignored.`) ?? []),
    );
  }
}

// JSON Feed 1.1 has `authors`; 1.0 had a single `author`, still common.
const readAuthors = (fields: Fields): Author[] =>
  (fields.object.authors !== undefined ? fields.objects('authors') : [fields.child('author') ?? []].flat()).map((author) => ({ name: author.string('name') ?? '', url: author.string('url') }));

function readItem(item: Fields): ItemDraft {
  // The item's `_press`: the issuing body, where, the image's alt text, quotes and translations.
  const press = item.child('_press');
  const translations = press?.child('translations');
  return {
    where: item.where,
    id: item.string('id'),
    url: item.string('url') ?? item.string('external_url'),
    title: item.string('title'),
    summary: item.string('summary'),
    contentHtml: item.string('content_html'),
    contentText: item.string('content_text'),
    image: item.string('image') ?? item.string('banner_image'),
    published: item.string('date_published'),
    modified: item.string('date_modified'),
    tags: item.strings('tags'),
    language: item.string('language'),
    authors: readAuthors(item),
    category: press?.string('category'),
    source: press?.string('source'),
    location: press?.string('location'),
    imageAlt: press?.string('image_alt'),
    quotes: press?.objects('quotes').map((quote) => ({ text: quote.string('text') ?? '', speaker: quote.string('speaker') ?? '', role: quote.string('role'), organisation: quote.string('organisation') })),
    translations: translations && (Object.fromEntries(Object.keys(translations.object).map((language) => [language, translations.string(language)]).filter(([, target]) => target)) as Record<string, string>),
  };
}

const contactFieldTypes = ['text', 'email', 'tel', 'url', 'textarea', 'select', 'checkbox'];

/** The feed's `_press`: the organisation behind it and the contact form's configuration. */
function readFeedExtension(press: Fields): { organisation?: Organisation; contact?: ContactConfig } {
  const organisation = press.child('organisation');
  const contact = press.child('contact');
  const name = optionalText(organisation?.string('name'));
  // A topic, field or option needs a key and a label; without either it is ignored.
  const named = <T>(fields: Fields, key: string, read: (id: string, label: string) => T): T | [] => {
    const id = fields.string(key)?.trim();
    const label = optionalText(fields.string('label'));
    return id && label ? read(id, label) : (warn(`${fields.where} needs a ${key} and a label; ignored.`) ?? []);
  };
  if (organisation && !name) warn(`${organisation.where} has no name; ignored.`);
  return {
    organisation: organisation && name ? { name, url: toUrl(organisation.string('url'), `${organisation.where}.url`), logo: toUrl(organisation.string('logo'), `${organisation.where}.logo`) } : undefined,
    contact: contact && {
      intro: optionalText(contact.string('intro')),
      endpoint: toUrl(contact.string('endpoint'), `${contact.where}.endpoint`),
      topics: contact.objects('topics').flatMap((topic) => named(topic, 'id', (id, label) => ({ id, label, institution: optionalText(topic.string('institution')) }))),
      privacyUrl: toUrl(contact.string('privacy_url'), `${contact.where}.privacy_url`),
      consent: optionalText(contact.string('consent')),
      fields: contact.objects('fields').flatMap((field) =>
        named(field, 'name', (fieldName, label): ContactField => {
          const type = field.string('type');
          if (type !== undefined && !contactFieldTypes.includes(type)) warn(`${field.where}.type "${type}" is unknown; a text field is shown.`);
          const options = field.objects('options').flatMap((option) => {
            const value = option.string('value');
            const optionLabel = optionalText(option.string('label')) ?? value;
            return value !== undefined && optionLabel ? [{ value, label: optionLabel }] : [];
          });
          return {
            name: fieldName,
            label,
            type: contactFieldTypes.includes(type!) ? (type as ContactField['type']) : 'text',
            required: field.boolean('required') ?? false,
            options: options.length ? options : undefined,
            hint: optionalText(field.string('hint')),
          };
        }),
      ),
    },
  };
}

function readJsonFeed(value: unknown): FeedDraft {
  // A JSON Feed by its `version` URL, or by its shape when a generator forgot the version.
  if (!isObject(value) || !(typeof value.version === 'string' ? /^https?:\/\/jsonfeed\.org\/version\/1(\.\d+)?\/?$/.test(value.version.trim()) : 'items' in value && ['title', 'home_page_url', 'feed_url', '_press'].some((key) => key in value))) {
    fail('format', `This address returned JSON, but not a JSON Feed (it needs "version": "https://jsonfeed.org/version/1.1" and "items"). ${checkSource}`);
  }
  const { items } = value;
  const feed = new Fields(value, 'feed');
  let list: unknown[] = [];
  if (Array.isArray(items)) list = items;
  else if (items == null) warn('The feed has no "items" list; it is read as empty.');
  else if (isObject(items)) {
    const single = ['id', 'url', 'content_html', 'content_text'].some((key) => key in items);
    warn(`"items" is an object, not a list; read as ${single ? 'a list of one item' : 'a list of its values'}.`);
    list = single ? [items] : Object.values(items);
  } else warn('"items" is not a list; the feed is read as empty.');
  const press = feed.child('_press');
  return {
    title: feed.string('title'),
    description: feed.string('description'),
    homePage: feed.string('home_page_url'),
    self: feed.string('feed_url'),
    next: feed.string('next_url'),
    language: feed.string('language'),
    authors: readAuthors(feed),
    items: checkItemCount(list).flatMap((item, index) => (isObject(item) ? readItem(new Fields(item, `items[${index}]`)) : (warn(`items[${index}] is not an object; skipped.`) ?? []))),
    press: press && (() => readFeedExtension(press)),
  };
}

const checkSource = 'Check that the src attribute points to the feed itself (JSON Feed, RSS or Atom), not to a web page.';
const htmlPage = `This address returned an HTML page, not a news feed. ${checkSource}`;

function readXml(text: string): FeedDraft {
  if (/^(?:<!--[\s\S]*?-->\s*)*<!doctype\s+html|^<html[\s>]/i.test(text)) fail('format', htmlPage);
  const document = new DOMParser().parseFromString(text, 'application/xml');
  const error = document.getElementsByTagNameNS('*', 'parsererror')[0];
  if (error) fail('parse', `This address returned broken XML: ${error.textContent!.trim().slice(0, 200)}`);
  const root = document.documentElement;
  const name = root.localName;
  if (name === 'rss' && !root.namespaceURI) return readRss(root);
  if (name === 'feed' && root.namespaceURI === atomNamespace) return readAtom(root);
  return fail(
    'format',
    name === 'html'
      ? htmlPage
      : name === 'RDF'
        ? 'This address returned an RSS 1.0 (RDF) feed, which is not supported; use RSS 2.0, Atom or JSON Feed.'
        : `This address returned an XML document <${name}>, not an RSS 2.0 or Atom feed. ${checkSource}`,
  );
}

/**
 * Reads a JSON Feed 1.0/1.1 (with `_press`), RSS 2.0 or Atom 1.0 document into one model. Tolerates what
 * real feeds get wrong, with a line in `feed.warnings` for each; throws `FeedError` (`parse`, `format`,
 * `too-large`) when there is nothing to show. HTML content is sanitized; before a sanitizer is ready
 * (see `ensureSanitizer`) it is kept as text only.
 */
export function parseFeed(input: string | object, options: ParseFeedOptions = {}): PressFeed {
  const { url, maxBytes = defaultMaxBytes } = options;
  startParse(url === undefined ? url : (absoluteUrl(url) ?? url), options.maxItems ?? 10_000, options.sanitizer ?? 'auto');
  if (typeof input !== 'string') return normalizeFeed(readJsonFeed(input));
  // A UTF-16 code unit is one to three UTF-8 bytes, so most texts are measured without encoding them.
  const bytes = input.length * 3 <= maxBytes ? 0 : input.length > maxBytes ? input.length : new TextEncoder().encode(input).length;
  if (bytes > maxBytes) fail('too-large', `The feed is ${(bytes / 1_048_576).toFixed(1)} MB; at most ${(maxBytes / 1_048_576).toFixed(1)} MB is read.`);
  const text = input.replace(/^\uFEFF/, '').trim();
  if (text[0] === '<') return normalizeFeed(readXml(text));
  if (text[0] !== '{' && text[0] !== '[') {
    fail('parse', `${text ? 'This address returned text that is neither JSON nor XML, so it is not a news feed.' : 'This address returned an empty document.'} ${checkSource}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    fail('parse', `This address returned broken JSON: ${(cause as Error).message}`, cause);
  }
  return normalizeFeed(readJsonFeed(value));
}
