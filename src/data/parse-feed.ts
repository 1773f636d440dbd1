import { FeedError } from './feed-error.js';
import { isObject } from './json-fields.js';
import { parseAtom } from './parse-atom.js';
import { isJsonFeed, parseJsonFeed } from './parse-json-feed.js';
import { defaultMaxBytes, defaultMaxItems, type ParseFeedOptions, type ParseOptions } from './parse-options.js';
import { parseRss } from './parse-rss.js';
import type { PressFeed } from './types.js';
import { absoluteUrl } from './urls.js';
import { namespaces } from './xml.js';

const checkSource = 'Check that the src attribute points to the feed itself (JSON Feed, RSS or Atom), not to a web page.';

function checkSize(text: string, maxBytes: number, url: string | undefined): void {
  // A UTF-16 code unit is one to three UTF-8 bytes, so most texts are measured without encoding them.
  if (text.length * 3 <= maxBytes) return;
  const bytes = text.length > maxBytes ? text.length : new TextEncoder().encode(text).byteLength;
  if (bytes > maxBytes) {
    throw new FeedError('too-large', `The feed is ${(bytes / 1_048_576).toFixed(1)} MB; at most ${(maxBytes / 1_048_576).toFixed(1)} MB is read.`, { url });
  }
}

function parseJson(text: string, options: ParseOptions): PressFeed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new FeedError('parse', `This address returned broken JSON: ${(cause as Error).message}`, { url: options.url, cause });
  }
  return parseJsonValue(value, options);
}

function parseJsonValue(value: unknown, options: ParseOptions): PressFeed {
  if (!isObject(value) || !isJsonFeed(value)) {
    throw new FeedError('format', `This address returned JSON, but not a JSON Feed (it needs "version": "https://jsonfeed.org/version/1.1" and "items"). ${checkSource}`, { url: options.url });
  }
  return parseJsonFeed(value, options);
}

function parseXml(text: string, options: ParseOptions): PressFeed {
  if (/^(?:<!--[\s\S]*?-->\s*)*<!doctype\s+html|^<html[\s>]/i.test(text)) {
    throw new FeedError('format', `This address returned an HTML page, not a news feed. ${checkSource}`, { url: options.url });
  }
  const document = new DOMParser().parseFromString(text, 'application/xml');
  const error = document.getElementsByTagNameNS('*', 'parsererror')[0];
  if (error) {
    throw new FeedError('parse', `This address returned broken XML: ${(error.textContent ?? '').trim().slice(0, 200)}`, { url: options.url });
  }
  const root = document.documentElement;
  if (root.localName === 'rss' && root.namespaceURI === null) return parseRss(root, options);
  if (root.localName === 'feed' && root.namespaceURI === namespaces.atom) return parseAtom(root, options);
  if (root.localName === 'html') {
    throw new FeedError('format', `This address returned an HTML page, not a news feed. ${checkSource}`, { url: options.url });
  }
  if (root.localName === 'RDF') {
    throw new FeedError('format', 'This address returned an RSS 1.0 (RDF) feed, which is not supported; use RSS 2.0, Atom or JSON Feed.', { url: options.url });
  }
  throw new FeedError('format', `This address returned an XML document <${root.localName}>, not an RSS 2.0 or Atom feed. ${checkSource}`, { url: options.url });
}

/**
 * Reads a JSON Feed 1.0/1.1 (with `_press`), RSS 2.0 or Atom 1.0 document into one model. Tolerates what
 * real feeds get wrong, with a line in `feed.warnings` for each; throws `FeedError` (`parse`, `format`,
 * `too-large`) when there is nothing to show. HTML content is sanitized; before a sanitizer is ready
 * (see `ensureSanitizer`) it is kept as text only.
 */
export function parseFeed(input: string | object, options: ParseFeedOptions = {}): PressFeed {
  const parseOptions: ParseOptions = {
    url: options.url === undefined ? undefined : (absoluteUrl(options.url) ?? options.url),
    maxItems: options.maxItems ?? defaultMaxItems,
    sanitizer: options.sanitizer ?? 'auto',
  };
  if (typeof input !== 'string') return parseJsonValue(input, parseOptions);
  checkSize(input, options.maxBytes ?? defaultMaxBytes, parseOptions.url);
  const text = input.replace(/^\uFEFF/, '').trim();
  if (text.startsWith('{') || text.startsWith('[')) return parseJson(text, parseOptions);
  if (text.startsWith('<')) return parseXml(text, parseOptions);
  const message = text ? 'This address returned text that is neither JSON nor XML, so it is not a news feed.' : 'This address returned an empty document.';
  throw new FeedError('parse', `${message} ${checkSource}`, { url: parseOptions.url });
}
