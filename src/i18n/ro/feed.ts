// Romanian: the texts of <press-feed>. From 20 on, Romanian puts "de" between the number and the noun.
import type { FeedTexts } from '../translation.js';
import { plural } from '../plural.js';

const count = (n: number, one: string, few: string, other: string) => plural('ro', n, { one, few, other });

export const feed: FeedTexts = {
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
  resultCount: (n) => count(n, '{count} comunicat', '{count} comunicate', '{count} de comunicate'),
  noResults: 'Niciun comunicat nu corespunde acestor filtre.',
  emptyFeed: 'Nu există încă comunicate de presă.',
  loadMore: 'Afișați mai multe comunicate',
  pagination: 'Paginile comunicatelor',
  pageLabel: (page) => `Pagina ${page}`,
  previousPage: 'Pagina anterioară',
  nextPage: 'Pagina următoare',
  newReleases: (n) => count(n, '{count} comunicat nou', '{count} comunicate noi', '{count} de comunicate noi'),
  showNewReleases: 'Afișați',
  readFullRelease: 'Citiți comunicatul integral',
  hideFullRelease: 'Ascundeți comunicatul integral',
};
