// Croatian: the texts of <press-feed>.
import type { FeedStrings } from '../translation.js';

export default {
  releases: 'Priopćenja za medije',
  searchLabel: 'Pretražite priopćenja',
  searchHint: 'Pretražite naslove, tekst, osobe i teme',
  filtersLabel: 'Filtrirajte priopćenja',
  tagsLabel: 'Teme',
  categoryLabel: 'Kategorija',
  allCategories: 'Sve kategorije',
  sinceLabel: 'Od',
  untilLabel: 'Do',
  clearFilters: 'Poništite filtre',
  resultCount: { one: '{count} priopćenje', few: '{count} priopćenja', other: '{count} priopćenja' },
  noResults: 'Nijedno priopćenje ne odgovara ovim filtrima.',
  noSearchResults: 'Nijedno priopćenje ne odgovara vašem pretraživanju.',
  emptyFeed: 'Još nema priopćenja za medije.',
  loadMore: 'Prikažite još priopćenja',
  pagination: 'Stranice priopćenja',
  pageLabel: 'Stranica {page}',
  previousPage: 'Prethodna stranica',
  nextPage: 'Sljedeća stranica',
  newReleases: { one: '{count} novo priopćenje', few: '{count} nova priopćenja', other: '{count} novih priopćenja' },
  showNewReleases: 'Prikažite',
  readFullRelease: 'Pročitajte cijelo priopćenje',
  hideFullRelease: 'Sakrijte cijelo priopćenje',
} satisfies FeedStrings;
