// The data API for a page's own scripts, as a module of its own: the loader does not carry it, so a
// page with widgets only never downloads what it does not call (the RSS and Atom reader, validation…).
export {
  parseFeed,
  loadFeed,
  watchFeed,
  refresh,
  loadNextPage,
  filterReleases,
  sortReleases,
  mergeFeeds,
  sanitizeHtml,
  ensureSanitizer,
  FeedError,
  toLatin,
  toCyrillic,
} from '../data/index.js';
