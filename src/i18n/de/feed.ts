// German: the texts of <press-feed>.
import type { FeedStrings } from '../translation.js';

export default {
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
  resultCount: { one: '{count} Pressemitteilung', other: '{count} Pressemitteilungen' },
  noResults: 'Keine Pressemitteilung entspricht diesen Filtern.',
  noSearchResults: 'Keine Pressemitteilung entspricht Ihrer Suche.',
  emptyFeed: 'Es gibt noch keine Pressemitteilungen.',
  loadMore: 'Weitere Pressemitteilungen anzeigen',
  pagination: 'Seiten der Pressemitteilungen',
  pageLabel: 'Seite {page}',
  previousPage: 'Vorherige Seite',
  nextPage: 'Nächste Seite',
  newReleases: { one: '{count} neue Pressemitteilung', other: '{count} neue Pressemitteilungen' },
  showNewReleases: 'Anzeigen',
  readFullRelease: 'Ganze Pressemitteilung lesen',
  hideFullRelease: 'Ganze Pressemitteilung ausblenden',
} satisfies FeedStrings;
