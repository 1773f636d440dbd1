// English: the texts of <press-feed>.
import type { FeedTexts } from '../translation.js';
import { plural } from '../plural.js';

const count = (n: number, one: string, other: string) => plural('en', n, { one, other });

export const feed: FeedTexts = {
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
};
