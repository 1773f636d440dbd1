// Bosnian: the texts of <press-feed>.
import type { FeedStrings } from '../translation.js';

export default {
  releases: 'Saopćenja za javnost',
  searchLabel: 'Pretražite saopćenja',
  searchHint: 'Pretražite naslove, tekst, osobe i teme',
  filtersLabel: 'Filtrirajte saopćenja',
  tagsLabel: 'Teme',
  categoryLabel: 'Kategorija',
  allCategories: 'Sve kategorije',
  sinceLabel: 'Od',
  untilLabel: 'Do',
  clearFilters: 'Poništite filtere',
  resultCount: { one: '{count} saopćenje', few: '{count} saopćenja', other: '{count} saopćenja' },
  noResults: 'Nijedno saopćenje ne odgovara ovim filterima.',
  noSearchResults: 'Nijedno saopćenje ne odgovara vašoj pretrazi.',
  emptyFeed: 'Još nema saopćenja za javnost.',
  loadMore: 'Prikažite još saopćenja',
  pagination: 'Stranice saopćenja',
  pageLabel: 'Stranica {page}',
  previousPage: 'Prethodna stranica',
  nextPage: 'Sljedeća stranica',
  newReleases: { one: '{count} novo saopćenje', few: '{count} nova saopćenja', other: '{count} novih saopćenja' },
  showNewReleases: 'Prikažite',
  readFullRelease: 'Pročitajte cijelo saopćenje',
  hideFullRelease: 'Sakrijte cijelo saopćenje',
} satisfies FeedStrings;
