// Bosnian: the texts of <press-feed>.
import type { FeedTexts } from '../translation.js';
import { plural } from '../plural.js';

const count = (n: number, one: string, few: string, other: string) => plural('bs', n, { one, few, other });

export const feed: FeedTexts = {
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
  resultCount: (n) => count(n, '{count} saopćenje', '{count} saopćenja', '{count} saopćenja'),
  noResults: 'Nijedno saopćenje ne odgovara ovim filterima.',
  emptyFeed: 'Još nema saopćenja za javnost.',
  loadMore: 'Prikažite još saopćenja',
  pagination: 'Stranice saopćenja',
  pageLabel: (page) => `Stranica ${page}`,
  previousPage: 'Prethodna stranica',
  nextPage: 'Sljedeća stranica',
  newReleases: (n) => count(n, '{count} novo saopćenje', '{count} nova saopćenja', '{count} novih saopćenja'),
  showNewReleases: 'Prikažite',
  readFullRelease: 'Pročitajte cijelo saopćenje',
  hideFullRelease: 'Sakrijte cijelo saopćenje',
};
