import type { SanitizerEngine } from './sanitize.js';

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

export const defaultMaxItems = 10_000;
export const defaultMaxBytes = 5 * 1024 * 1024;

/** Options with defaults applied, as the format parsers receive them. */
export interface ParseOptions {
  url?: string;
  maxItems: number;
  sanitizer: SanitizerEngine;
}
