// The one-script-tag entry. It registers every press tag, loading each one's code only when the tag
// appears on the page, and exports the data API. The element classes are exported by the modules
// beside it (press-feed.js, press-quote.js, press-contact-form.js), which the loader imports.
import { autoload } from './autoload.js';

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
export { registerTranslation } from '../i18n/registry.js';

autoload();
