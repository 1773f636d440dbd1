// The `./data` entry: reading, loading, searching and sanitizing feeds, without any element. No side effects.
export { FeedError, type FeedErrorCode } from './feed-error.js';
export { parseFeed, type ParseFeedOptions } from './parse-feed.js';
export { loadFeed, watchFeed, refresh, loadNextPage, type LoadFeedOptions, type FeedListener } from './feed-store.js';
export { fetchFeedText, type FetchFeedOptions, type FetchFeedResult } from './fetch-feed.js';
export { mergeFeeds } from './merge-feeds.js';
export { filterReleases, sortReleases, type ReleaseFilter } from './filter-sort.js';
export { foldForSearch } from './fold.js';
export { sanitizeHtml, ensureSanitizer, type SanitizeOptions, type SanitizerEngine } from './sanitize.js';
export { sanitizeFeed } from './sanitize-feed.js';
export { toLatin, toCyrillic } from './transliterate.js';
export { transliterateRelease, transliterateQuote, type SerbianScript } from './script.js';
export { validateFeed } from './validate-feed.js';
export type * from './validate-feed.js';
export type * from './types.js';
