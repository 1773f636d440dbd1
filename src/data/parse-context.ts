import { FeedError, type FeedErrorCode } from './feed-error.js';
import type { SanitizerEngine } from './sanitize.js';

/**
 * One run of `parseFeed`: what it was asked and what it has found so far. Every reader and normalize
 * take it as an argument, so a parse started while another runs (a getter on the input that parses
 * another feed) shares nothing with it.
 */
export interface ParseContext {
  /** Where the feed was fetched from, resolved: the `url` of errors and the first base for relative URLs. */
  readonly url: string | undefined;
  readonly maxItems: number;
  readonly engine: SanitizerEngine;
  /** A sanitizer can run now; without one, HTML is kept as its text only. */
  readonly htmlReady: boolean;
  /** What relative URLs resolve against, once normalize knows it. */
  baseUrl?: string;
  /** Every warning; the feed keeps the first 50. */
  readonly warnings: string[];
}

export function fail(context: ParseContext, code: FeedErrorCode, message: string, cause?: unknown): never {
  throw new FeedError(code, message, { url: context.url, cause });
}

/**
 * A warning about one place in the feed starts with it (`items[3].date_published`,
 * `feed._press.contact.topics[0]`, `item 4 (guid)`): `press-widgets validate` reads the place from there.
 */
export function warn(context: ParseContext, message: string): undefined {
  context.warnings.push(message);
}

/** The items of a feed, unless there are more than `maxItems`. */
export function checkItemCount<T>(context: ParseContext, items: T[]): T[] {
  const { maxItems } = context;
  if (items.length > maxItems)
    fail(context, 'too-large', `The feed has ${items.length} items; at most ${maxItems} are read.`);
  return items;
}

// Errors a web team sees in the console when a widget's src is wrong.
export function notAFeed(context: ParseContext, code: 'parse' | 'format', what: string, cause?: unknown): never {
  fail(context, code, `This address returned ${what}. Point src at the feed itself: JSON Feed, RSS or Atom.`, cause);
}
