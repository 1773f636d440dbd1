import { feed, item, type ByLanguage, type DraftOf, type FeedDraft, type Kind, type Table } from './feed-fields.js';
import { normalizeFeed } from './normalize.js';
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

// The kinds read as text: every scalar but these, and a choice.
const notText: readonly Kind[] = ['boolean', 'number', 'texts'];
const isText = (kind: Kind) => (typeof kind === 'string' ? !notText.includes(kind) : 'oneOf' in kind);

/**
 * The fields of `object` that `table` lists, read leniently: a number where text belongs becomes text,
 * a single value where a list belongs a list of one, tags as a comma-separated text a list; anything else
 * out of place (null included) is dropped with a warning naming its path.
 */
function clean<T extends Table>(context: ParseContext, object: JsonObject, table: T, where: string): DraftOf<T> {
  const result: Record<string, unknown> = {};
  for (const key in table.fields) {
    const kind = table.fields[key]!;
    const value = object[key];
    // The common cases first, without building a path: nothing, or text where text belongs.
    if (value !== undefined)
      result[key] = typeof value === 'string' && isText(kind) ? value : read(context, kind, value, `${where}.${key}`);
  }
  return result as DraftOf<T>;
}

/** One value read leniently as `kind` (see `clean`), or undefined with a warning naming its `path`. */
function read(context: ParseContext, kind: Kind, value: unknown, path: string): unknown {
  const wrong = (expected: string) =>
    warn(
      context,
      `${path} is ${value === null ? 'null' : Array.isArray(value) ? 'a list' : `${typeof value === 'object' ? 'an' : 'a'} ${typeof value}`}, not ${expected}; ignored.`,
    );
  if (isText(kind)) return typeof value === 'string' || Number.isFinite(value) ? String(value) : wrong('text');
  if (kind === 'boolean') return typeof value === 'boolean' ? value : wrong('true or false');
  if (kind === 'number') return Number.isFinite(value) ? value : wrong('a number');
  if (isObject(kind))
    return !isObject(value)
      ? wrong('an object')
      : clean(
          context,
          value,
          'byLanguage' in kind
            ? { fields: Object.fromEntries(Object.keys(value).map((name) => [name, (kind as ByLanguage).byLanguage])) }
            : (kind as Table),
          path,
        );
  // A list: of text, or of objects.
  if (value === null) return wrong('a list');
  let list = value;
  if (kind === 'texts' && typeof value === 'string') {
    warn(context, `${path} is text, not a list; read as comma-separated values.`);
    list = value.split(',');
  } else if (!Array.isArray(value)) {
    warn(context, `${path} is not a list; read as a list of one.`);
    list = [value];
  }
  const entryKind = kind === 'texts' ? 'text' : (kind as readonly [Table])[0];
  return (list as unknown[]).flatMap((entry, index) => read(context, entryKind, entry, `${path}[${index}]`) ?? []);
}

function readJsonFeed(context: ParseContext, value: unknown): FeedDraft {
  // A JSON Feed by its `version` URL (or the bare number some generators write), or by its shape when a
  // generator forgot the version.
  if (
    !isObject(value) ||
    !(typeof value.version === 'string'
      ? /^(https?:\/\/jsonfeed\.org\/version\/)?1(\.\d+)?\/?$/.test(value.version.trim())
      : 'items' in value && ['title', 'home_page_url', 'feed_url', '_press'].some((key) => key in value))
  ) {
    notAFeed(context, 'format', 'JSON, but not a JSON Feed ("version": "https://jsonfeed.org/version/1.1")');
  }
  const { version } = value;
  if (typeof version === 'string' && !version.includes('/'))
    warn(context, `feed.version "${version}" is not a URL; read as JSON Feed ${version.trim()}.`);
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
    // `items` are read here, not by clean: one object is a list, and each item is named for warnings.
    ...clean(context, { ...value, items: undefined }, feed, 'feed'),
    items: checkItemCount(context, list as unknown[]).flatMap((entry, index) => {
      const where = `items[${index}]`;
      return isObject(entry)
        ? { ...clean(context, entry, item, where), where }
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
  };
  let value: unknown = input;
  if (typeof input === 'string') {
    // A UTF-16 code unit is one to three UTF-8 bytes, so most texts are measured without encoding them.
    const bytes =
      input.length * 3 <= maxBytes
        ? 0
        : input.length > maxBytes
          ? input.length
          : new TextEncoder().encode(input).length;
    if (bytes > maxBytes) fail(context, 'too-large', `The feed is ${bytes} bytes; at most ${maxBytes} are read.`);
    // trim() takes a byte order mark off too.
    const text = input.trim();
    if (text[0] === '<' && readXml) return normalizeFeed(readXml(text, context), context);
    // Any JSON that is not a feed ("a string", 42, null) is a `format` error below, as a list or another object is.
    try {
      value = JSON.parse(text);
    } catch (cause) {
      notAFeed(
        context,
        'parse',
        /^[{[]/.test(text)
          ? `broken JSON (${(cause as Error).message})`
          : text
            ? 'text that is neither JSON nor XML'
            : 'an empty document',
        cause,
      );
    }
  }
  return normalizeFeed(readJsonFeed(context, value), context);
}
