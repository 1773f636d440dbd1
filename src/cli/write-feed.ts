// The files `press-widgets build` writes: the feed as JSON Feed 1.1 pages linked by next_url, and the same
// releases as RSS 2.0 for feed readers, its pages linked by atom:link rel="next" (which the widgets follow
// too). Both deterministic, so a built feed can be committed and compared.
import { parseFeedDate } from '../data/dates.js';
import type { DraftOf, item } from '../data/feed-fields.js';
import type { PressRelease } from '../data/types.js';

export type FeedItem = DraftOf<typeof item>;

/** The feed's own fields: `version` and what the configuration gives, without items or next_url. */
export type FeedHead = Record<string, unknown> & {
  title?: string;
  home_page_url?: string;
  feed_url?: string;
  description?: string;
  language?: string;
};

export interface OutputFile {
  name: string;
  text: string;
}

/** `feed.json`, then `feed-2.json`, `feed-3.json`… */
export const pageName = (name: string, page: number, extension: string) =>
  `${name}${page > 1 ? `-${page}` : ''}.${extension}`;

const pagesOf = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.max(1, Math.ceil(items.length / size)) }, (_, page) =>
    items.slice(page * size, (page + 1) * size),
  );

export function jsonPages(head: FeedHead, items: FeedItem[], pageSize: number, name: string): OutputFile[] {
  const pages = pagesOf(items, pageSize);
  return pages.map((pageItems, index) => {
    const next = index + 1 < pages.length ? pageName(name, index + 2, 'json') : undefined;
    const page = { ...head, ...(next && { next_url: next }), items: pageItems };
    return { name: pageName(name, index + 1, 'json'), text: `${JSON.stringify(page, null, 2)}\n` };
  });
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"]/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[character]!);

const element = (name: string, text: string | undefined) => (text ? [`<${name}>${escapeXml(text)}</${name}>`] : []);

/** RSS readers want absolute links; a relative one is resolved against where the feed says it lives. */
const linkFrom = (url: string, base: string | undefined) => (base ? new URL(url, base).href : url);

function rssItem(entry: FeedItem, head: FeedHead): string[] {
  const link = entry.url ?? entry.external_url;
  const image = entry.image ?? entry.banner_image;
  const published = entry.date_published && parseFeedDate(entry.date_published);
  const base = head.feed_url ?? head.home_page_url;
  return [
    '<item>',
    ...element('title', entry.title),
    ...element('link', link && linkFrom(link, base)),
    `<guid isPermaLink="false">${escapeXml(entry.id!)}</guid>`,
    ...element('pubDate', published ? published.toUTCString() : undefined),
    // With the full text in content:encoded, the description is the summary.
    ...element('description', entry.summary ?? (entry.content_html ? undefined : entry.content_text)),
    ...element('content:encoded', entry.content_html),
    ...(entry.tags ?? []).flatMap((tag) => element('category', tag)),
    ...(entry.authors ?? (entry.author ? [entry.author] : [])).flatMap((author) => element('dc:creator', author.name)),
    ...element('dc:language', entry.language !== head.language ? entry.language : undefined),
    ...(image ? [`<media:content url="${escapeXml(linkFrom(image, base))}" medium="image"/>`] : []),
    '</item>',
  ];
}

export function rssPages(head: FeedHead, items: FeedItem[], pageSize: number, name: string): OutputFile[] {
  const pages = pagesOf(items, pageSize);
  return pages.map((pageItems, index) => {
    const file = pageName(name, index + 1, 'xml');
    const next = index + 1 < pages.length ? pageName(name, index + 2, 'xml') : undefined;
    const lines = [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
      '<channel>',
      ...element('title', head.title),
      ...element('link', head.home_page_url ?? head.feed_url),
      ...element('description', head.description ?? head.title),
      ...element('language', head.language),
      ...(head.feed_url
        ? [`<atom:link rel="self" type="application/rss+xml" href="${escapeXml(new URL(file, head.feed_url).href)}"/>`]
        : []),
      ...(next ? [`<atom:link rel="next" type="application/rss+xml" href="${escapeXml(next)}"/>`] : []),
      ...pageItems.flatMap((entry) => rssItem(entry, head)),
      '</channel>',
      '</rss>',
    ];
    return { name: file, text: `${lines.join('\n')}\n` };
  });
}

const isoDate = (date: Date | undefined) => date?.toISOString().replace('.000Z', 'Z');

/**
 * A release as the widgets read it from a CMS's feed, written back as a JSON Feed item: dates as RFC 3339,
 * URLs resolved, HTML sanitized. RSS and Atom give an image no text alternative: it is marked decorative.
 */
export function itemOf(release: PressRelease, feedLanguage: string | undefined): FeedItem {
  const { image } = release;
  const press = {
    category: release.category,
    source: release.source,
    location: release.location,
    quotes: release.quotes.length
      ? release.quotes.map(({ text, speaker, role, organisation }) => ({ text, speaker, role, organisation }))
      : undefined,
    image_alt: image ? (image.alt ?? '') : undefined,
    translations: release.translations,
  };
  const entry = {
    id: release.id,
    url: release.url,
    title: release.title,
    summary: release.summary,
    content_html: release.contentHtml,
    content_text: release.contentHtml ? undefined : release.contentText,
    image: image?.url,
    date_published: isoDate(release.published),
    date_modified: isoDate(release.modified),
    authors: release.authors.length ? release.authors : undefined,
    tags: release.tags.length ? release.tags : undefined,
    language: release.language !== feedLanguage ? release.language : undefined,
    _press: Object.values(press).some((value) => value !== undefined) ? press : undefined,
  };
  // Without the fields it does not have: an undefined field would be a wrong type to validateFeed.
  return JSON.parse(JSON.stringify(entry)) as FeedItem;
}
