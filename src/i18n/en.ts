import type { Translation } from './translation.js';
import { plural } from './plural.js';

const count = (n: number, one: string, other: string) => plural('en', n, { one, other });

export const en: Translation = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',
  $dateLocale: () => import('date-fns/locale/en-GB').then((module) => module.enGB),

  loading: 'Loading…',
  retry: 'Try again',
  feedError: {
    network: 'The news could not be loaded. Check your internet connection and try again.',
    offline: 'You are offline. The news will load once you are back online.',
    timeout: 'The news server did not answer in time. Please try again.',
    http: 'The news server is not available at the moment. Please try again later.',
    parse: 'The news could not be read because the feed is damaged.',
    format: 'This address does not provide a news feed.',
    'too-large': 'The news feed is too large to show.',
  },
  staleNotice: (lastUpdated) => `These releases may be out of date: they were last updated ${lastUpdated}.`,
  published: 'Published',
  updated: 'Updated',

  releases: 'Press releases',
  searchLabel: 'Search releases',
  searchHint: 'Search titles, text, people and topics',
  filtersLabel: 'Filter releases',
  tagsLabel: 'Topics',
  categoryLabel: 'Category',
  allCategories: 'All categories',
  sinceLabel: 'From',
  untilLabel: 'To',
  clearFilters: 'Clear filters',
  resultCount: (n) => count(n, '{count} release', '{count} releases'),
  noResults: 'No releases match these filters.',
  emptyFeed: 'There are no press releases yet.',
  loadMore: 'Show more releases',
  pagination: 'Pages of releases',
  pageLabel: (page) => `Page ${page}`,
  previousPage: 'Previous page',
  nextPage: 'Next page',
  newReleases: (n) => count(n, '{count} new release', '{count} new releases'),
  showNewReleases: 'Show',
  readFullRelease: 'Read the full release',
  hideFullRelease: 'Hide the full release',

  quotes: 'Quotes',
  readRelease: 'Read the release',
  copyQuote: 'Copy quote',
  quoteCopied: 'The quote has been copied.',
  copyFailed: 'The quote could not be copied. Select the text to copy it.',
  showMore: 'Show more',
  showLess: 'Show less',
  previousQuote: 'Previous quote',
  nextQuote: 'Next quote',
  pauseRotation: 'Pause quotes',
  playRotation: 'Play quotes',
  quotePosition: (current, total) => `Quote ${current} of ${total}`,
  noQuote: 'There is no quote to show.',
  quoted: (text) => `“${text}”`,

  // <press-contact-form>
};
