import type { FeedDraft, ItemDraft } from './feed-fields.js';
import { checkItemCount, fail, notAFeed, warn, type ParseContext } from './parse-context.js';
import { htmlToText, parseInert } from './text.js';
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

// The spellings of dates that RSS feeds and dc:date use beyond what dates.ts reads, rewritten into one it
// reads: asctime and Java's Date.toString ("Tue Mar  5 10:00:00 [CET ]2024") into RFC 822, and a W3C date
// of a year or a month ("2024", "2024-03") into its first day.
const dateText = (text?: string) =>
  text
    ?.trim()
    .replace(/^[a-z]{3}\s+([a-z]{3})\s+(\d\d?)\s+([\d:]+)\s+(?:([a-z]+|[+-]\d{4})\s+)?(\d{4})$/i, '$2 $1 $5 $3 $4')
    .replace(/^(\d{4})(-\d\d)?$/, (_, year: string, month = '-01') => `${year}${month}-01`);

/**
 * A person's name from an RSS `author` or `dc:creator`: RSS's "press@gov.rs (Press Office)", and the
 * "Jane Doe (jane@example.org)" and "Jane Doe <jane@example.org>" that feeds write as well, give the name.
 */
function nameOf(text: string): string {
  const [, before = '', inner = ''] = /^([^(<]*?)\s*[(<]([^)>]*)[)>]$/.exec(text.trim()) ?? [];
  return inner.includes('@') ? before || inner : before.includes('@') ? inner : text;
}

function rssItem(item: Element, index: number): ItemDraft {
  const children = childrenOf(item);
  const guid = children('guid')[0];
  const id = guid?.textContent!.trim();
  const description = children.text('description');
  const encoded = children.text('content:encoded');
  const creators = children('dc:creator').map((element) => ({ name: nameOf(element.textContent!) }));
  const image =
    children('enclosure').find(isImage) ??
    [...children('media:content'), ...children('media:thumbnail')].find(
      (element) => element.localName === 'thumbnail' || element.getAttribute('medium') === 'image' || isImage(element),
    );
  return {
    where: where('item', index, id),
    id,
    // A guid is a permalink unless isPermaLink="false" (RSS 2.0): without a <link>, it is the link.
    url:
      children.text('link')?.trim() ||
      (guid?.getAttribute('isPermaLink') !== 'false' && /^https?:\/\//i.test(id!) ? id : undefined),
    title: children.text('title'),
    // The (HTML) description is the summary, as text; it is the content too when there is no content:encoded.
    summary: description && htmlToText(description),
    content_html: encoded ?? description,
    image: image?.getAttribute('url') ?? undefined,
    date_published: dateText(children.text('pubDate') ?? children.text('dc:date')),
    tags: children('category').map((element) => element.textContent!),
    language: children.text('dc:language'),
    authors: creators.length ? creators : children('author').map((element) => ({ name: nameOf(element.textContent!) })),
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
    date_published: dateText(children.text('atom:published') ?? children.text('atom:updated')),
    date_modified: dateText(children.text('atom:updated')),
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

// Real feeds are not always well-formed XML. Where the meaning is clear, the text is repaired and read
// again, with a warning for each kind of repair.
const xmlReferences = /^(#\w+|amp|lt|gt|quot|apos);$/;
// CDATA sections and comments are left as they are: `&` and `<o:p>` are text there.
const verbatim = /<!\[CDATA\[[\s\S]*?]]>|<!--[\s\S]*?-->/g;

/**
 * HTML's named character references (`&nbsp;`, `&eacute;`), which XML does not define, as the characters
 * HTML reads; an `&` that starts no reference ("R&D", a query string) as `&amp;`; then `declarePrefixes`.
 */
function repair(context: ParseContext, text: string): string {
  const named = new Map<string, string>();
  let bare = false;
  const repaired = text.replace(new RegExp(`${verbatim.source}|&(#?\\w+;)?`, 'g'), (match, reference?: string) => {
    if (match[0] === '<' || xmlReferences.test(reference!)) return match;
    // The HTML parser knows every named reference; one that it leaves as it is, is text.
    const characters = reference && (named.get(match) ?? parseInert(match).textContent!);
    if (characters && characters !== match) {
      named.set(match, characters);
      return [...characters].map((character) => `&#${character.codePointAt(0)};`).join('');
    }
    bare = true;
    return `&amp;${reference ?? ''}`;
  });
  if (named.size)
    warn(context, `The XML uses ${[...named.keys()].join(' ')}, which only HTML defines; read as HTML reads them.`);
  if (bare) warn(context, 'The XML has an & that starts no character reference; read as the character &.');
  return declarePrefixes(context, repaired);
}

/**
 * `text` with each namespace prefix that its tags use but it never declares (`atom:link` copied from
 * another feed) declared on the root element: as the namespace of that name (atom, dc, content, media),
 * else as Atom for a `link` (`atom10:link`), else as one no reader knows, whose elements are ignored.
 */
function declarePrefixes(context: ParseContext, text: string): string {
  const outside = text.replace(verbatim, '');
  const declared = new Set([...outside.matchAll(/xmlns:([\w.-]+)\s*=/g)].map((match) => match[1]));
  const undeclared = new Set<string>();
  for (const [tag] of outside.matchAll(/<[^!?][^>]*>/g))
    for (const [, prefix] of tag.replace(/"[^"]*"|'[^']*'/g, '').matchAll(/[<\s/]([a-z_][\w.-]*):[a-z_]/gi))
      if (prefix !== 'xml' && prefix !== 'xmlns' && !declared.has(prefix)) undeclared.add(prefix!);
  let declarations = '';
  for (const prefix of undeclared) {
    const namespace =
      Object.keys(prefixes).find((known) => prefixes[known] === `${prefix}:`) ??
      (outside.includes(`<${prefix}:link`) ? atomNamespace : undefined);
    declarations += ` xmlns:${prefix}="${namespace ?? `urn:undeclared:${prefix}`}"`;
    warn(
      context,
      `The XML never declares the namespace prefix ${prefix}:; ${namespace ? `read as ${namespace}` : 'its elements are ignored'}.`,
    );
  }
  return text.replace(/<[a-z_][\w.:-]*/i, (root) => root + declarations);
}

/** An RSS 2.0 or Atom 1.0 document; an HTML page or other XML is a `format` error, broken XML a `parse` one. */
export function readXml(text: string, context: ParseContext): FeedDraft {
  const htmlPage = 'an HTML page, not a news feed';
  if (/^(?:<!--[\s\S]*?-->\s*)*<!doctype\s+html|^<html[\s>]/i.test(text)) notAFeed(context, 'format', htmlPage);
  const parse = (xml: string) => {
    const document = new (domWindow().DOMParser)().parseFromString(inertHtml(xml), 'application/xml');
    return [document, document.getElementsByTagName('parsererror')[0]?.textContent!.trim()] as const;
  };
  let [document, error] = parse(text);
  // The repairs' warnings go with the feed only when the repaired text is read; else it is refused.
  if (error) [document, error] = parse(repair(context, text));
  if (error) notAFeed(context, 'parse', `broken XML (${error.slice(0, 200)})`);
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
