// The data API for a page's own scripts, as a module of its own: the loader does not carry it, so a
// page with widgets only never downloads what only scripts call (parseFeed with its RSS and Atom reader).
// It shares the widgets' store: a feed they show is not fetched again.
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
