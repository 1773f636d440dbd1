// Serbian in Latin script: the texts of <press-feed>.
import type { FeedStrings } from '../translation.js';

export default {
  releases: 'Saopštenja za javnost',
  searchLabel: 'Pretražite saopštenja',
  searchHint: 'Pretražite naslove, tekst, osobe i teme',
  filtersLabel: 'Filtrirajte saopštenja',
  tagsLabel: 'Teme',
  categoryLabel: 'Kategorija',
  allCategories: 'Sve kategorije',
  sinceLabel: 'Od',
  untilLabel: 'Do',
  clearFilters: 'Poništite filtere',
  resultCount: { one: '{count} saopštenje', few: '{count} saopštenja', other: '{count} saopštenja' },
  noResults: 'Nijedno saopštenje ne odgovara ovim filterima.',
  noSearchResults: 'Nijedno saopštenje ne odgovara vašoj pretrazi.',
  emptyFeed: 'Još nema saopštenja za javnost.',
  loadMore: 'Prikažite još saopštenja',
  pagination: 'Stranice saopštenja',
  pageLabel: 'Strana {page}',
  previousPage: 'Prethodna strana',
  nextPage: 'Sledeća strana',
  newReleases: { one: '{count} novo saopštenje', few: '{count} nova saopštenja', other: '{count} novih saopštenja' },
  showNewReleases: 'Prikažite',
  readFullRelease: 'Pročitajte celo saopštenje',
  hideFullRelease: 'Sakrijte celo saopštenje',
} satisfies FeedStrings;
