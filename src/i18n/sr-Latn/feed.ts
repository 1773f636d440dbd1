// Serbian in Latin script: the texts of <press-feed>.
import type { FeedTexts } from '../translation.js';
import { plural } from '../plural.js';

const count = (n: number, one: string, few: string, other: string) => plural('sr', n, { one, few, other });

export const feed: FeedTexts = {
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
  resultCount: (n) => count(n, '{count} saopštenje', '{count} saopštenja', '{count} saopštenja'),
  noResults: 'Nijedno saopštenje ne odgovara ovim filterima.',
  emptyFeed: 'Još nema saopštenja za javnost.',
  loadMore: 'Prikažite još saopštenja',
  pagination: 'Stranice saopštenja',
  pageLabel: (page) => `Strana ${page}`,
  previousPage: 'Prethodna strana',
  nextPage: 'Sledeća strana',
  newReleases: (n) => count(n, '{count} novo saopštenje', '{count} nova saopštenja', '{count} novih saopštenja'),
  showNewReleases: 'Prikažite',
  readFullRelease: 'Pročitajte celo saopštenje',
  hideFullRelease: 'Sakrijte celo saopštenje',
};
