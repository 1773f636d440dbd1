import type { FeedDraft, ItemDraft } from './feed-fields.js';
import { checkItemCount, fail, notAFeed, type ParseContext } from './parse-context.js';
import { htmlToText } from './text.js';
import { domWindow } from './dom.js';
import { inertHtml } from './trusted-html.js';

// RSS 2.0 and Atom 1.0, read into the shape of JSON Feed 1.1, which normalize.ts turns into the model.

// Elements are matched by namespace and local name, never by the prefix a feed chose. A key is the local
// name for RSS's elements, which have no namespace, and `prefix:name` for these namespaces.
const atomNamespace = 'http://www.w3.org/2005/Atom';
const prefixes: Record<string, string> = {
  [atomNamespace]: 'atom:',
  'http://purl.org/rss/1.0/modules/content/': 'content:',
  'http://purl.org/dc/elements/1.1/': 'dc:',
  'http://search.yahoo.com/mrss/': 'media:',
  'http://www.w3.org/1999/xhtml': 'xhtml:',
};
const xmlLang = (element: Element) =>
  element.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang') || undefined;

interface Children {
  /** The children called `key`. */
  (key: string): Element[];
  /** The text of the first child called `key`. */
  text(key: string): string | undefined;
  /** The href of the `atom:link` with this `rel`; a link without `rel` is `alternate` (RFC 4287, 4.2.7.2). */
  link(rel: string): string | undefined;
}

/** The children of `parent` by key, indexed in one pass. */
function childrenOf(parent: Element): Children {
  const index = new Map<string, Element[]>();
  for (const child of parent.children) {
    const namespace = child.namespaceURI;
    const key = (namespace ? (prefixes[namespace] ?? `{${namespace}}`) : '') + child.localName;
    const same = index.get(key);
    if (same) same.push(child);
    else index.set(key, [child]);
  }
  const children = (key: string) => index.get(key) ?? [];
  children.text = (key: string) => children(key)[0]?.textContent ?? undefined;
  children.link = (rel: string) =>
    children('atom:link')
      .find((link) => (link.getAttribute('rel') ?? 'alternate') === rel)
      ?.getAttribute('href') ?? undefined;
  return children;
}

const isImage = (element?: Element) => element?.getAttribute('type')?.startsWith('image/');
const where = (kind: string, index: number, id: string | undefined) =>
  `${kind} ${index + 1}${id ? ` (${id.slice(0, 80)})` : ''}`;

/** An Atom text construct (`type` text, html or xhtml) as HTML, or undefined when it is plain text. */
function atomHtml(element: Element): string | undefined {
  const type = element.getAttribute('type');
  return type === 'html'
    ? element.textContent!
    : type === 'xhtml'
      ? (childrenOf(element)('xhtml:div')[0] ?? element).innerHTML
      : undefined;
}

function atomText(element?: Element): string | undefined {
  const html = element && atomHtml(element);
  return html === undefined ? (element?.textContent ?? undefined) : htmlToText(html);
}

const atomAuthors = (children: Children) =>
  children('atom:author').map((author) => {
    const fields = childrenOf(author);
    return { name: fields.text('atom:name'), url: fields.text('atom:uri') };
  });

function rssItem(item: Element, index: number): ItemDraft {
  const children = childrenOf(item);
  const id = children.text('guid')?.trim();
  const description = children.text('description');
  const encoded = children.text('content:encoded');
  const creators = children('dc:creator').map((element) => ({ name: element.textContent! }));
  const image =
    children('enclosure').find(isImage) ??
    [...children('media:content'), ...children('media:thumbnail')].find(
      (element) => element.localName === 'thumbnail' || element.getAttribute('medium') === 'image' || isImage(element),
    );
  return {
    where: where('item', index, id),
    id,
    url: children.text('link'),
    title: children.text('title'),
    // With full content in content:encoded, the (HTML) description is the summary; alone, it is the content.
    summary: encoded && description && htmlToText(description),
    content_html: encoded ?? description,
    image: image?.getAttribute('url') ?? undefined,
    date_published: children.text('pubDate') ?? children.text('dc:date'),
    tags: children('category').map((element) => element.textContent!),
    language: children.text('dc:language'),
    // RSS `author` is an e-mail address, often followed by the name in parentheses: "press@gov.rs (Press Office)".
    authors: creators.length
      ? creators
      : children('author').map(({ textContent: text }) => ({ name: /\(([^)]+)\)\s*$/.exec(text!)?.[1] ?? text! })),
  };
}

function atomEntry(entry: Element, index: number): ItemDraft {
  const children = childrenOf(entry);
  const id = children.text('atom:id')?.trim();
  const content = children('atom:content')[0];
  // Out-of-line content (`src`) is not fetched; the summary stands in for it.
  const inline = content?.hasAttribute('src') ? undefined : content;
  const html = inline && atomHtml(inline);
  const enclosure = children('atom:link').find((link) => link.getAttribute('rel') === 'enclosure' && isImage(link));
  return {
    where: where('entry', index, id),
    id,
    url: children.link('alternate'),
    title: atomText(children('atom:title')[0]),
    summary: atomText(children('atom:summary')[0]),
    content_html: html,
    content_text: html === undefined ? (inline?.textContent ?? undefined) : undefined,
    image: (enclosure?.getAttribute('href') ?? children('media:thumbnail')[0]?.getAttribute('url')) || undefined,
    date_published: children.text('atom:published') ?? children.text('atom:updated'),
    date_modified: children.text('atom:updated'),
    tags: children('atom:category').map(
      (category) => category.getAttribute('label') ?? category.getAttribute('term') ?? '',
    ),
    language: xmlLang(entry),
    authors: atomAuthors(children),
  };
}

/** RSS 2.0 (and the 0.9x dialects it grew from): `<rss><channel><item>`; Atom 1.0 (RFC 4287): `<feed><entry>`. */
function readXmlFeed(context: ParseContext, root: Element): FeedDraft {
  const atom = root.localName === 'feed';
  const children = atom
    ? childrenOf(root)
    : childrenOf(childrenOf(root)('channel')[0] ?? fail(context, 'format', 'This RSS document has no <channel>.'));
  return {
    title: atom ? atomText(children('atom:title')[0]) : children.text('title'),
    description: atom ? atomText(children('atom:subtitle')[0]) : children.text('description'),
    home_page_url: atom ? children.link('alternate') : children.text('link'),
    feed_url: children.link('self'),
    next_url: children.link('next'),
    language: atom ? xmlLang(root) : (children.text('language') ?? children.text('dc:language'))?.trim(),
    authors: atomAuthors(children),
    items: atom
      ? checkItemCount(context, children('atom:entry')).map(atomEntry)
      : checkItemCount(context, children('item')).map(rssItem),
  };
}

/** An RSS 2.0 or Atom 1.0 document; an HTML page or other XML is a `format` error, broken XML a `parse` one. */
export function readXml(text: string, context: ParseContext): FeedDraft {
  const htmlPage = 'an HTML page, not a news feed';
  if (/^(?:<!--[\s\S]*?-->\s*)*<!doctype\s+html|^<html[\s>]/i.test(text)) notAFeed(context, 'format', htmlPage);
  const document = new (domWindow().DOMParser)().parseFromString(inertHtml(text), 'application/xml');
  const error = document.getElementsByTagName('parsererror')[0];
  if (error) notAFeed(context, 'parse', `broken XML (${error.textContent!.trim().slice(0, 200)})`);
  const root = document.documentElement;
  const name = root.localName;
  if (name === (root.namespaceURI === atomNamespace ? 'feed' : !root.namespaceURI && 'rss'))
    return readXmlFeed(context, root);
  return notAFeed(
    context,
    'format',
    name === 'html'
      ? htmlPage
      : name === 'RDF'
        ? 'RSS 1.0 (RDF), which is not supported'
        : `<${name}>, not RSS 2.0 or Atom`,
  );
}
