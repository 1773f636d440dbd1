// Slovenian: the texts of <press-feed>. Slovenian has a dual: one, two, few and other forms.
import type { FeedTexts } from '../translation.js';
import { plural } from '../plural.js';

const count = (n: number, one: string, two: string, few: string, other: string) =>
  plural('sl', n, { one, two, few, other });

export const feed: FeedTexts = {
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
  resultCount: (n) => count(n, '{count} sporočilo', '{count} sporočili', '{count} sporočila', '{count} sporočil'),
  noResults: 'Nobeno sporočilo ne ustreza tem filtrom.',
  emptyFeed: 'Sporočil za javnost še ni.',
  loadMore: 'Prikažite več sporočil',
  pagination: 'Strani sporočil',
  pageLabel: (page) => `Stran ${page}`,
  previousPage: 'Prejšnja stran',
  nextPage: 'Naslednja stran',
  newReleases: (n) =>
    count(n, '{count} novo sporočilo', '{count} novi sporočili', '{count} nova sporočila', '{count} novih sporočil'),
  showNewReleases: 'Prikažite',
  readFullRelease: 'Preberite celotno sporočilo',
  hideFullRelease: 'Skrijte celotno sporočilo',
};
