import { FeedError } from './feed-error.js';
import { FeedContext, normalizeItems, type ItemDraft } from './normalize.js';
import type { ParseOptions } from './parse-options.js';
import { htmlToText, optionalText, plainText } from './text.js';
import type { Author, PressFeed } from './types.js';
import { safeUrl } from './urls.js';
import { child, children, childText, namespaces } from './xml.js';

const { atom } = namespaces;

/** An Atom text construct (`type` text, html or xhtml) as HTML, or undefined when it is plain text. */
function htmlOf(element: Element): string | undefined {
  const type = element.getAttribute('type') ?? 'text';
  if (type === 'html') return element.textContent ?? '';
  if (type === 'xhtml') {
    const wrapper = child(element, 'div', namespaces.xhtml);
    const serializer = new XMLSerializer();
    return Array.from((wrapper ?? element).childNodes, (node) => serializer.serializeToString(node)).join('');
  }
  return undefined;
}

function textConstruct(element: Element | undefined): string | undefined {
  if (!element) return undefined;
  const html = htmlOf(element);
  return html === undefined ? (element.textContent ?? undefined) : htmlToText(html);
}

function link(parent: Element, rel: string): string | undefined {
  // A link without rel is rel="alternate" (RFC 4287, 4.2.7.2).
  const found = children(parent, 'link', atom).find((element) => (element.getAttribute('rel') ?? 'alternate') === rel);
  return found?.getAttribute('href') ?? undefined;
}

function readAuthors(parent: Element): Author[] {
  return children(parent, 'author', atom).map((author) => ({
    name: childText(author, 'name', atom) ?? '',
    url: childText(author, 'uri', atom),
  }));
}

function readImage(entry: Element): string | undefined {
  const enclosure = children(entry, 'link', atom).find(
    (element) => element.getAttribute('rel') === 'enclosure' && element.getAttribute('type')?.startsWith('image/'),
  );
  return (enclosure?.getAttribute('href') ?? child(entry, 'thumbnail', namespaces.media)?.getAttribute('url')) || undefined;
}

function readEntry(entry: Element, index: number): ItemDraft {
  const id = childText(entry, 'id', atom)?.trim();
  const content = child(entry, 'content', atom);
  // Out-of-line content (`src`) is not fetched; the summary stands in for it.
  const inline = content && !content.hasAttribute('src') ? content : undefined;
  const contentHtml = inline && htmlOf(inline);
  const summary = child(entry, 'summary', atom);
  return {
    where: `entry ${index + 1}${id ? ` (${id.slice(0, 80)})` : ''}`,
    id,
    url: link(entry, 'alternate'),
    title: textConstruct(child(entry, 'title', atom)),
    summary: textConstruct(summary),
    contentHtml,
    contentText: inline && contentHtml === undefined ? (inline.textContent ?? undefined) : undefined,
    image: readImage(entry),
    published: childText(entry, 'published', atom) ?? childText(entry, 'updated', atom),
    modified: childText(entry, 'updated', atom),
    tags: children(entry, 'category', atom).map((category) => category.getAttribute('label') ?? category.getAttribute('term') ?? ''),
    language: entry.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang') ?? undefined,
    authors: readAuthors(entry),
    quotes: [],
  };
}

/** Atom 1.0 (RFC 4287): `<feed xmlns="http://www.w3.org/2005/Atom"><entry>`. */
export function parseAtom(root: Element, options: ParseOptions): PressFeed {
  const entries = children(root, 'entry', atom);
  if (entries.length > options.maxItems) {
    throw new FeedError('too-large', `The feed has ${entries.length} entries; at most ${options.maxItems} are read.`, { url: options.url });
  }
  const selfUrl = link(root, 'self');
  const homePage = link(root, 'alternate');
  const pageUrl = globalThis.location?.href;
  const base = options.url ?? (selfUrl && safeUrl(selfUrl, pageUrl)) ?? (homePage && safeUrl(homePage, pageUrl));
  const context = new FeedContext(base || undefined, options.sanitizer);
  const language = root.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang') || undefined;
  return {
    title: plainText(textConstruct(child(root, 'title', atom)) ?? ''),
    description: optionalText(textConstruct(child(root, 'subtitle', atom))),
    homePageUrl: context.url(homePage, 'feed link alternate'),
    feedUrl: context.url(selfUrl, 'feed link self'),
    nextUrl: context.url(link(root, 'next'), 'feed link next'),
    language,
    items: normalizeItems(entries.map(readEntry), context, { language, authors: readAuthors(root) }),
    warnings: context.warnings.toArray(),
  };
}
