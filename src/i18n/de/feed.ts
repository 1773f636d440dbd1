// German: the texts of <press-feed>.
import type { FeedTexts } from '../translation.js';
import { plural } from '../plural.js';

const count = (n: number, one: string, other: string) => plural('de', n, { one, other });

export const feed: FeedTexts = {
  releases: 'Pressemitteilungen',
  searchLabel: 'Pressemitteilungen durchsuchen',
  searchHint: 'Suche in Titeln, Text, Personen und Themen',
  filtersLabel: 'Pressemitteilungen filtern',
  tagsLabel: 'Themen',
  categoryLabel: 'Kategorie',
  allCategories: 'Alle Kategorien',
  sinceLabel: 'Von',
  untilLabel: 'Bis',
  clearFilters: 'Filter zurücksetzen',
  resultCount: (n) => count(n, '{count} Pressemitteilung', '{count} Pressemitteilungen'),
  noResults: 'Keine Pressemitteilung entspricht diesen Filtern.',
  emptyFeed: 'Es gibt noch keine Pressemitteilungen.',
  loadMore: 'Weitere Pressemitteilungen anzeigen',
  pagination: 'Seiten der Pressemitteilungen',
  pageLabel: (page) => `Seite ${page}`,
  previousPage: 'Vorherige Seite',
  nextPage: 'Nächste Seite',
  newReleases: (n) => count(n, '{count} neue Pressemitteilung', '{count} neue Pressemitteilungen'),
  showNewReleases: 'Anzeigen',
  readFullRelease: 'Ganze Pressemitteilung lesen',
  hideFullRelease: 'Ganze Pressemitteilung ausblenden',
};
