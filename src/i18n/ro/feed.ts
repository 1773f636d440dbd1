// Romanian: the texts of <press-feed>. From 20 on, Romanian puts "de" between the number and the noun.
import type { FeedStrings } from '../translation.js';

export default {
  releases: 'Comunicate de presă',
  searchLabel: 'Căutați în comunicate',
  searchHint: 'Căutați în titluri, text, persoane și teme',
  filtersLabel: 'Filtrați comunicatele',
  tagsLabel: 'Teme',
  categoryLabel: 'Categorie',
  allCategories: 'Toate categoriile',
  sinceLabel: 'De la',
  untilLabel: 'Până la',
  clearFilters: 'Ștergeți filtrele',
  resultCount: { one: '{count} comunicat', few: '{count} comunicate', other: '{count} de comunicate' },
  noResults: 'Niciun comunicat nu corespunde acestor filtre.',
  noSearchResults: 'Niciun comunicat nu corespunde căutării dumneavoastră.',
  emptyFeed: 'Nu există încă comunicate de presă.',
  loadMore: 'Afișați mai multe comunicate',
  pagination: 'Paginile comunicatelor',
  pageLabel: 'Pagina {page}',
  previousPage: 'Pagina anterioară',
  nextPage: 'Pagina următoare',
  newReleases: { one: '{count} comunicat nou', few: '{count} comunicate noi', other: '{count} de comunicate noi' },
  showNewReleases: 'Afișați',
  readFullRelease: 'Citiți comunicatul integral',
  hideFullRelease: 'Ascundeți comunicatul integral',
} satisfies FeedStrings;
