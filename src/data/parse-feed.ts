import { readFeed, type ParseFeedOptions } from './read-feed.js';
import { readXml } from './read-xml.js';
import type { Feed } from './types.js';

export type { ParseFeedOptions } from './read-feed.js';

/**
 * Reads a JSON Feed 1.0/1.1 (with `_press`), RSS 2.0 or Atom 1.0 document into one model. Tolerates what
 * real feeds get wrong, with a line in `feed.warnings` for each; throws `FeedError` (`parse`, `format`,
 * `too-large`) when there is nothing to show. HTML content is sanitized; before a sanitizer is ready
 * (see `ensureSanitizer`) it is kept as text only.
 */
export function parseFeed(input: string | object, options: ParseFeedOptions = {}): Feed {
  return readFeed(input, options, readXml);
}
