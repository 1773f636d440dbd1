import { FeedError } from './feed-error.js';
import { FeedContext, normalizeItems, type ItemDraft } from './normalize.js';
import type { ParseOptions } from './parse-options.js';
import { optionalText, plainText } from './text.js';
import type { Author, PressFeed } from './types.js';
import { safeUrl } from './urls.js';
import { child, children, childText, namespaces } from './xml.js';

// RSS `author` is an e-mail address, often followed by the name in parentheses: "press@gov.rs (Press Office)".
function readAuthor(value: string): Author {
  const named = /\(([^)]+)\)\s*$/.exec(value);
  return { name: named ? named[1] : value };
}

function readImage(item: Element): string | undefined {
  const enclosure = children(item, 'enclosure').find((element) => element.getAttribute('type')?.startsWith('image/'));
  const media = [...children(item, 'content', namespaces.media), ...children(item, 'thumbnail', namespaces.media)].find(
    (element) => element.getAttribute('medium') === 'image' || element.getAttribute('type')?.startsWith('image/') || element.localName === 'thumbnail',
  );
  return (enclosure ?? media)?.getAttribute('url') ?? undefined;
}

function readItem(item: Element, index: number): ItemDraft {
  const guid = childText(item, 'guid')?.trim();
  const description = childText(item, 'description');
  const encoded = childText(item, 'encoded', namespaces.content);
  const creators = children(item, 'creator', namespaces.dc).map((element) => ({ name: element.textContent ?? '' }));
  return {
    where: `item ${index + 1}${guid ? ` (${guid.slice(0, 80)})` : ''}`,
    id: guid,
    url: childText(item, 'link'),
    title: childText(item, 'title'),
    // With full content in content:encoded, the description is the summary; alone, it is the content.
    summary: encoded ? description : undefined,
    summaryIsHtml: true,
    contentHtml: encoded ?? description,
    image: readImage(item),
    published: childText(item, 'pubDate') ?? childText(item, 'date', namespaces.dc),
    tags: children(item, 'category').map((element) => element.textContent ?? ''),
    language: childText(item, 'language', namespaces.dc),
    authors: creators.length ? creators : children(item, 'author').map((element) => readAuthor(element.textContent ?? '')),
    quotes: [],
  };
}

function atomLink(channel: Element, rel: string): string | undefined {
  return children(channel, 'link', namespaces.atom).find((link) => link.getAttribute('rel') === rel)?.getAttribute('href') ?? undefined;
}

/** RSS 2.0 (and the 0.9x dialects it grew from): `<rss><channel><item>`. */
export function parseRss(root: Element, options: ParseOptions): PressFeed {
  const channel = child(root, 'channel');
  if (!channel) throw new FeedError('format', 'This RSS document has no <channel>, so it holds no news.', { url: options.url });
  const items = children(channel, 'item');
  if (items.length > options.maxItems) {
    throw new FeedError('too-large', `The feed has ${items.length} items; at most ${options.maxItems} are read.`, { url: options.url });
  }
  const selfUrl = atomLink(channel, 'self');
  const homePage = childText(channel, 'link');
  const pageUrl = globalThis.location?.href;
  const base = options.url ?? (selfUrl && safeUrl(selfUrl, pageUrl)) ?? (homePage && safeUrl(homePage, pageUrl));
  const context = new FeedContext(base || undefined, options.sanitizer);
  const language = childText(channel, 'language')?.trim() || childText(channel, 'language', namespaces.dc)?.trim();
  return {
    title: plainText(childText(channel, 'title') ?? ''),
    description: optionalText(childText(channel, 'description')),
    homePageUrl: context.url(homePage, 'channel link'),
    feedUrl: context.url(selfUrl, 'channel atom:link self'),
    nextUrl: context.url(atomLink(channel, 'next'), 'channel atom:link next'),
    language,
    items: normalizeItems(items.map(readItem), context, { language, authors: [] }),
    warnings: context.warnings.toArray(),
  };
}
