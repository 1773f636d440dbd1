import { FeedError } from './feed-error.js';
import { isObject, JsonFields, type JsonObject } from './json-fields.js';
import { FeedContext, normalizeItems, type ItemDraft } from './normalize.js';
import { readContact, readItemExtension, readOrganisation } from './press-extension.js';
import type { ParseOptions } from './parse-options.js';
import { optionalText, plainText } from './text.js';
import type { Author, PressFeed } from './types.js';
import { safeUrl } from './urls.js';
import { WarningList } from './warnings.js';

const versionPattern = /^https?:\/\/jsonfeed\.org\/version\/1(\.\d+)?\/?$/;

/** A JSON Feed by its `version` URL, or by its shape when a generator forgot the version. */
export function isJsonFeed(value: JsonObject): boolean {
  if (typeof value.version === 'string') return versionPattern.test(value.version.trim());
  return 'items' in value && ('title' in value || 'home_page_url' in value || 'feed_url' in value || '_press' in value);
}

function readAuthors(fields: JsonFields): Author[] {
  // JSON Feed 1.1 has `authors`; 1.0 had a single `author`, still common.
  const authors = fields.object.authors !== undefined ? fields.objects('authors') : [fields.child('author')].filter((author) => author !== undefined);
  return authors.map((author) => ({ name: author.string('name') ?? '', url: author.string('url') }));
}

function readItems(feed: JsonFields): unknown[] {
  const items = feed.object.items;
  if (Array.isArray(items)) return items;
  if (items === undefined || items === null) {
    feed.warnings.add('The feed has no "items" list; it is read as empty.');
    return [];
  }
  if (isObject(items)) {
    const single = 'id' in items || 'url' in items || 'content_html' in items || 'content_text' in items;
    feed.warnings.add(`"items" is an object, not a list; read as ${single ? 'a list of one item' : 'a list of its values'}.`);
    return single ? [items] : Object.values(items);
  }
  feed.warnings.add('"items" is not a list; the feed is read as empty.');
  return [];
}

function readItem(item: JsonFields): ItemDraft {
  const extension = readItemExtension(item);
  return {
    ...extension,
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
  };
}

export function parseJsonFeed(value: JsonObject, options: ParseOptions): PressFeed {
  const warnings = new WarningList();
  const feed = new JsonFields(value, 'feed', warnings);
  const rawItems = readItems(feed);
  if (rawItems.length > options.maxItems) {
    throw new FeedError('too-large', `The feed has ${rawItems.length} items; at most ${options.maxItems} are read. Split it into pages with next_url.`, { url: options.url });
  }
  const declaredFeedUrl = feed.string('feed_url');
  const homePage = feed.string('home_page_url');
  // Relative addresses are resolved against where the feed was fetched from, else where it says it lives.
  const base = options.url ?? (declaredFeedUrl && safeUrl(declaredFeedUrl, globalThis.location?.href)) ?? (homePage && safeUrl(homePage, globalThis.location?.href));
  const context = new FeedContext(base || undefined, options.sanitizer, warnings);
  const press = feed.child('_press');
  const language = feed.string('language');
  const drafts = rawItems.flatMap((item, index) => {
    if (isObject(item)) return [readItem(new JsonFields(item, `items[${index}]`, warnings))];
    warnings.add(`items[${index}] is not an object; skipped.`);
    return [];
  });
  return {
    title: plainText(feed.string('title') ?? ''),
    description: optionalText(feed.string('description')),
    homePageUrl: context.url(homePage, 'feed.home_page_url'),
    feedUrl: context.url(declaredFeedUrl, 'feed.feed_url'),
    nextUrl: context.url(feed.string('next_url'), 'feed.next_url'),
    language,
    organisation: press && readOrganisation(press, context),
    contact: press && readContact(press, context),
    items: normalizeItems(drafts, context, { language, authors: readAuthors(feed) }),
    warnings: warnings.toArray(),
  };
}
