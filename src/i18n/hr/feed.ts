// Croatian: the texts of <press-feed>.
import type { FeedTexts } from '../translation.js';
import { plural } from '../plural.js';

const count = (n: number, one: string, few: string, other: string) => plural('hr', n, { one, few, other });

export const feed: FeedTexts = {
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
  resultCount: (n) => count(n, '{count} priopćenje', '{count} priopćenja', '{count} priopćenja'),
  noResults: 'Nijedno priopćenje ne odgovara ovim filtrima.',
  emptyFeed: 'Još nema priopćenja za medije.',
  loadMore: 'Prikažite još priopćenja',
  pagination: 'Stranice priopćenja',
  pageLabel: (page) => `Stranica ${page}`,
  previousPage: 'Prethodna stranica',
  nextPage: 'Sljedeća stranica',
  newReleases: (n) => count(n, '{count} novo priopćenje', '{count} nova priopćenja', '{count} novih priopćenja'),
  showNewReleases: 'Prikažite',
  readFullRelease: 'Pročitajte cijelo priopćenje',
  hideFullRelease: 'Sakrijte cijelo priopćenje',
};
