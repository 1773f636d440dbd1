// Slovenian: the texts of <press-feed>. Slovenian has a dual: one, two, few and other forms.
import type { FeedStrings } from '../translation.js';

export default {
  releases: 'Sporočila za javnost',
  searchLabel: 'Iskanje po sporočilih',
  searchHint: 'Iščite po naslovih, besedilu, osebah in temah',
  filtersLabel: 'Filtriranje sporočil',
  tagsLabel: 'Teme',
  categoryLabel: 'Kategorija',
  allCategories: 'Vse kategorije',
  sinceLabel: 'Od',
  untilLabel: 'Do',
  clearFilters: 'Počistite filtre',
  resultCount: {
    one: '{count} sporočilo',
    two: '{count} sporočili',
    few: '{count} sporočila',
    other: '{count} sporočil',
  },
  noResults: 'Nobeno sporočilo ne ustreza tem filtrom.',
  noSearchResults: 'Nobeno sporočilo ne ustreza vašemu iskanju.',
  emptyFeed: 'Sporočil za javnost še ni.',
  loadMore: 'Prikažite več sporočil',
  pagination: 'Strani sporočil',
  pageLabel: 'Stran {page}',
  previousPage: 'Prejšnja stran',
  nextPage: 'Naslednja stran',
  newReleases: {
    one: '{count} novo sporočilo',
    two: '{count} novi sporočili',
    few: '{count} nova sporočila',
    other: '{count} novih sporočil',
  },
  showNewReleases: 'Prikažite',
  readFullRelease: 'Preberite celotno sporočilo',
  hideFullRelease: 'Skrijte celotno sporočilo',
} satisfies FeedStrings;
