// English: the texts of <press-feed>.
import type { FeedStrings } from '../translation.js';

export default {
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
  resultCount: { one: '{count} release', other: '{count} releases' },
  noResults: 'No releases match these filters.',
  noSearchResults: 'No releases match your search.',
  emptyFeed: 'There are no press releases yet.',
  loadMore: 'Show more releases',
  pagination: 'Pages of releases',
  pageLabel: 'Page {page}',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  newReleases: { one: '{count} new release', other: '{count} new releases' },
  showNewReleases: 'Show',
  readFullRelease: 'Read the full release',
  hideFullRelease: 'Hide the full release',
} satisfies FeedStrings;
