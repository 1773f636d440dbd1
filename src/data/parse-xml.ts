import { checkItemCount, fail, type FeedDraft, type ItemDraft } from './normalize.js';
import { htmlToText } from './text.js';

// Elements are matched by namespace and local name, never by the prefix a feed chose. A key is the local
// name for RSS's elements, which have no namespace, and `prefix:name` for these namespaces.
export const atomNamespace = 'http://www.w3.org/2005/Atom';
const prefixes: Record<string, string> = {
  [atomNamespace]: 'atom:',
  'http://purl.org/rss/1.0/modules/content/': 'content:',
  'http://purl.org/dc/elements/1.1/': 'dc:',
  'http://search.yahoo.com/mrss/': 'media:',
  'http://www.w3.org/1999/xhtml': 'xhtml:',
};
const xmlNamespace = 'http://www.w3.org/XML/1998/namespace';

type Children = (key: string) => Element[];

/** The children of `parent` by key, indexed in one pass. */
function childrenOf(parent: Element): Children {
  const index = new Map<string, Element[]>();
  for (const child of parent.children) {
    const namespace = child.namespaceURI;
    const key = (namespace ? (prefixes[namespace] ?? `{${namespace}}`) : '') + child.localName;
    const list = index.get(key);
    if (list) list.push(child);
    else index.set(key, [child]);
  }
  return (key) => index.get(key) ?? [];
}

const textOf = (elements: Element[]) => elements[0]?.textContent as string | undefined;
const isImage = (element: Element) => element.getAttribute('type')?.startsWith('image/');
const where = (kind: string, index: number, id: string | undefined) => `${kind} ${index + 1}${id ? ` (${id.slice(0, 80)})` : ''}`;

/** The href of the `atom:link` with this `rel`; a link without `rel` is `alternate` (RFC 4287, 4.2.7.2). */
const link = (children: Children, rel: string) => children('atom:link').find((element) => (element.getAttribute('rel') ?? 'alternate') === rel)?.getAttribute('href') ?? undefined;

/** An Atom text construct (`type` text, html or xhtml) as HTML, or undefined when it is plain text. */
function atomHtml(element: Element): string | undefined {
  const type = element.getAttribute('type');
  if (type === 'html') return element.textContent!;
  if (type === 'xhtml') return (childrenOf(element)('xhtml:div')[0] ?? element).innerHTML;
  return undefined;
}

function atomText(element: Element | undefined): string | undefined {
  const html = element && atomHtml(element);
  return html === undefined ? element?.textContent! : htmlToText(html);
}

const atomAuthors = (children: Children) =>
  children('atom:author').map((author) => {
    const fields = childrenOf(author);
    return { name: textOf(fields('atom:name')), url: textOf(fields('atom:uri')) };
  });

// Both formats are read into the shape of JSON Feed 1.1, which normalize.ts turns into the model.

function rssItem(item: Element, index: number): ItemDraft {
  const children = childrenOf(item);
  const id = textOf(children('guid'))?.trim();
  const description = textOf(children('description'));
  const encoded = textOf(children('content:encoded'));
  const creators = children('dc:creator').map((element) => ({ name: element.textContent! }));
  const media = [...children('media:content'), ...children('media:thumbnail')].find((element) => element.localName === 'thumbnail' || element.getAttribute('medium') === 'image' || isImage(element));
  return {
    where: where('item', index, id),
    id,
    url: textOf(children('link')),
    title: textOf(children('title')),
    // With full content in content:encoded, the (HTML) description is the summary; alone, it is the content.
    summary: encoded && description && htmlToText(description),
    content_html: encoded ?? description,
    image: (children('enclosure').find(isImage) ?? media)?.getAttribute('url') ?? undefined,
    date_published: textOf(children('pubDate')) ?? textOf(children('dc:date')),
    tags: children('category').map((element) => element.textContent!),
    language: textOf(children('dc:language')),
    // RSS `author` is an e-mail address, often followed by the name in parentheses: "press@gov.rs (Press Office)".
    authors: creators.length ? creators : children('author').map(({ textContent: text }) => ({ name: /\(([^)]+)\)\s*$/.exec(text!)?.[1] ?? text! })),
  };
}

function atomEntry(entry: Element, index: number): ItemDraft {
  const children = childrenOf(entry);
  const id = textOf(children('atom:id'))?.trim();
  const content = children('atom:content')[0];
  // Out-of-line content (`src`) is not fetched; the summary stands in for it.
  const inline = content?.hasAttribute('src') ? undefined : content;
  const html = inline && atomHtml(inline);
  const enclosure = children('atom:link').find((element) => element.getAttribute('rel') === 'enclosure' && isImage(element));
  return {
    where: where('entry', index, id),
    id,
    url: link(children, 'alternate'),
    title: atomText(children('atom:title')[0]),
    summary: atomText(children('atom:summary')[0]),
    content_html: html,
    content_text: html === undefined ? inline?.textContent! : undefined,
    image: (enclosure?.getAttribute('href') ?? children('media:thumbnail')[0]?.getAttribute('url')) || undefined,
    date_published: textOf(children('atom:published')) ?? textOf(children('atom:updated')),
    date_modified: textOf(children('atom:updated')),
    tags: children('atom:category').map((element) => element.getAttribute('label') ?? element.getAttribute('term') ?? ''),
    language: entry.getAttributeNS(xmlNamespace, 'lang') ?? undefined,
    authors: atomAuthors(children),
  };
}

/** RSS 2.0 (and the 0.9x dialects it grew from): `<rss><channel><item>`. */
export function readRss(root: Element): FeedDraft {
  const channel = childrenOf(root)('channel')[0];
  if (!channel) fail('format', 'This RSS document has no <channel>, so it holds no news.');
  const children = childrenOf(channel);
  return {
    title: textOf(children('title')),
    description: textOf(children('description')),
    home_page_url: textOf(children('link')),
    feed_url: link(children, 'self'),
    next_url: link(children, 'next'),
    language: textOf(children('language'))?.trim() || textOf(children('dc:language'))?.trim(),
    items: checkItemCount(children('item')).map(rssItem),
  };
}

/** Atom 1.0 (RFC 4287): `<feed xmlns="http://www.w3.org/2005/Atom"><entry>`. */
export function readAtom(root: Element): FeedDraft {
  const children = childrenOf(root);
  return {
    title: atomText(children('atom:title')[0]),
    description: atomText(children('atom:subtitle')[0]),
    home_page_url: link(children, 'alternate'),
    feed_url: link(children, 'self'),
    next_url: link(children, 'next'),
    language: root.getAttributeNS(xmlNamespace, 'lang') || undefined,
    authors: atomAuthors(children),
    items: checkItemCount(children('atom:entry')).map(atomEntry),
  };
}
