import { normalizeFeed, type FeedDraft } from './normalize.js';
import { checkItemCount, fail, notAFeed, warn, type ParseContext } from './parse-context.js';
import { isSanitizerReady, type SanitizerEngine } from './sanitize.js';
import type { Feed } from './types.js';
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

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// What each JSON Feed field holds, for `clean`: text, true or false, a list of texts, texts by key, an
// object (its own table) or a list of objects (a table in a list). Fields not listed are ignored.
const text = 0;
const flag = 1;
const texts = 2;
const textsByKey = 3;
interface Table {
  [key: string]: typeof text | typeof flag | typeof texts | typeof textsByKey | Table | [Table];
}
const author: Table = { name: text, url: text };
const labelled = (key: string, more: Table = {}): [Table] => [{ [key]: text, label: text, ...more }];
const feedTable: Table = {
  title: text,
  description: text,
  home_page_url: text,
  feed_url: text,
  next_url: text,
  language: text,
  authors: [author],
  author,
  _press: {
    organisation: { name: text, url: text, logo: text },
    contact: {
      intro: text,
      endpoint: text,
      privacy_url: text,
      consent: text,
      topics: labelled('id', { institution: text }),
      fields: labelled('name', { type: text, required: flag, hint: text, options: labelled('value') }),
    },
  },
};
const itemTable: Table = {
  id: text,
  url: text,
  external_url: text,
  title: text,
  summary: text,
  content_html: text,
  content_text: text,
  image: text,
  banner_image: text,
  date_published: text,
  date_modified: text,
  tags: texts,
  language: text,
  authors: [author],
  author,
  _press: {
    category: text,
    source: text,
    location: text,
    image_alt: text,
    quotes: [{ text, speaker: text, role: text, organisation: text }],
    translations: textsByKey,
  },
};

/**
 * The fields of `object` that `table` lists, read leniently: a number where text belongs becomes text,
 * a single value where a list belongs a list of one, tags as a comma-separated text a list; anything else
 * out of place (null included) is dropped with a warning naming its path.
 */
function clean(context: ParseContext, object: JsonObject, table: Table, where: string): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key in table) {
    const kind = table[key];
    let value = object[key];
    // The common cases first, without building a path: nothing, or text where text belongs.
    if (value === undefined) continue;
    if (kind === text && typeof value === 'string') {
      result[key] = value;
      continue;
    }
    const path = `${where}.${key}`;
    const wrong = (expected: string) =>
      warn(
        context,
        `${path} is ${value === null ? 'null' : Array.isArray(value) ? 'a list' : `${typeof value === 'object' ? 'an' : 'a'} ${typeof value}`}, not ${expected}; ignored.`,
      );
    if (kind === text)
      result[key] =
        typeof value === 'string'
          ? value
          : typeof value === 'number' && Number.isFinite(value)
            ? String(value)
            : wrong('text');
    else if (kind === flag) result[key] = typeof value === 'boolean' ? value : wrong('true or false');
    else if (typeof kind === 'object' && !Array.isArray(kind))
      result[key] = isObject(value) ? clean(context, value, kind, path) : wrong('an object');
    else if (kind === textsByKey)
      result[key] = isObject(value)
        ? clean(context, value, Object.fromEntries(Object.keys(value).map((name) => [name, text])), path)
        : wrong('an object');
    else if (value === null) wrong('a list');
    else {
      if (kind === texts && typeof value === 'string') {
        warn(context, `${path} is text, not a list; read as comma-separated values.`);
        value = value.split(',');
      } else if (!Array.isArray(value)) {
        warn(context, `${path} is not a list; read as a list of one.`);
        value = [value];
      }
      result[key] = (value as unknown[]).flatMap((entry, index) =>
        kind === texts
          ? typeof entry === 'string' || typeof entry === 'number'
            ? String(entry)
            : (warn(context, `${path}[${index}] is not text; ignored.`) ?? [])
          : isObject(entry)
            ? clean(context, entry, (kind as [Table])[0], `${path}[${index}]`)
            : (warn(context, `${path}[${index}] is not an object; ignored.`) ?? []),
      );
    }
  }
  return result;
}

function readJsonFeed(context: ParseContext, value: unknown): FeedDraft {
  // A JSON Feed by its `version` URL, or by its shape when a generator forgot the version.
  if (
    !isObject(value) ||
    !(typeof value.version === 'string'
      ? /^https?:\/\/jsonfeed\.org\/version\/1(\.\d+)?\/?$/.test(value.version.trim())
      : 'items' in value && ['title', 'home_page_url', 'feed_url', '_press'].some((key) => key in value))
  ) {
    notAFeed(context, 'format', 'JSON, but not a JSON Feed ("version": "https://jsonfeed.org/version/1.1")');
  }
  const { items } = value;
  let list = items;
  if (isObject(items)) {
    const single = ['id', 'url', 'content_html', 'content_text'].some((key) => key in items);
    warn(
      context,
      `"items" is an object, not a list; read as ${single ? 'a list of one item' : 'a list of its values'}.`,
    );
    list = single ? [items] : Object.values(items);
  } else if (!Array.isArray(items)) {
    warn(context, `"items" is ${items == null ? 'missing' : 'not a list'}; the feed is read as empty.`);
    list = [];
  }
  return {
    ...clean(context, value, feedTable, 'feed'),
    items: checkItemCount(context, list as unknown[]).flatMap((item, index) => {
      const where = `items[${index}]`;
      return isObject(item)
        ? { ...clean(context, item, itemTable, where), where }
        : (warn(context, `${where} is not an object; skipped.`) ?? []);
    }),
  };
}

/** Reads an RSS or Atom document (already trimmed) into the shape of a JSON Feed. */
export type XmlReader = (text: string, context: ParseContext) => FeedDraft;

/**
 * `parseFeed`, with the RSS and Atom reader given by the caller: the store passes it only for a text that
 * starts like XML, so a page whose feeds are JSON never downloads it. Without it, XML is not a feed.
 */
export function readFeed(input: string | object, options: ParseFeedOptions, readXml?: XmlReader): Feed {
  const { url, maxBytes = defaultMaxBytes, sanitizer: engine = 'auto' } = options;
  const context: ParseContext = {
    url: url === undefined ? url : (absoluteUrl(url) ?? url),
    maxItems: options.maxItems ?? 10_000,
    engine,
    htmlReady: isSanitizerReady(engine),
    warnings: [],
    warningCount: 0,
  };
  if (typeof input !== 'string') return normalizeFeed(readJsonFeed(context, input), context);
  // A UTF-16 code unit is one to three UTF-8 bytes, so most texts are measured without encoding them.
  const bytes =
    input.length * 3 <= maxBytes ? 0 : input.length > maxBytes ? input.length : new TextEncoder().encode(input).length;
  if (bytes > maxBytes) fail(context, 'too-large', `The feed is ${bytes} bytes; at most ${maxBytes} are read.`);
  const text = input.replace(/^\uFEFF/, '').trim();
  if (text[0] === '<' && readXml) return normalizeFeed(readXml(text, context), context);
  if (text[0] !== '{' && text[0] !== '[')
    notAFeed(context, 'parse', text ? 'text that is neither JSON nor XML' : 'an empty document');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    notAFeed(context, 'parse', `broken JSON (${(cause as Error).message})`, cause);
  }
  return normalizeFeed(readJsonFeed(context, value), context);
}

/** Whether a fetched text is XML (RSS or Atom, or an HTML page), which needs the XML reader. */
export const looksLikeXml = (text: string) => /^\s*</.test(text);
