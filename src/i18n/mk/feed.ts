// Macedonian: the texts of <press-feed>.
import type { FeedTexts } from '../translation.js';
import { plural } from '../plural.js';

const count = (n: number, one: string, other: string) => plural('mk', n, { one, other });

export const feed: FeedTexts = {
  releases: 'Соопштенија за јавноста',
  searchLabel: 'Пребарувајте соопштенија',
  searchHint: 'Пребарувајте наслови, текст, лица и теми',
  filtersLabel: 'Филтрирајте соопштенија',
  tagsLabel: 'Теми',
  categoryLabel: 'Категорија',
  allCategories: 'Сите категории',
  sinceLabel: 'Од',
  untilLabel: 'До',
  clearFilters: 'Исчистете ги филтрите',
  resultCount: (n) => count(n, '{count} соопштение', '{count} соопштенија'),
  noResults: 'Ниедно соопштение не одговара на овие филтри.',
  emptyFeed: 'Сè уште нема соопштенија за јавноста.',
  loadMore: 'Прикажете повеќе соопштенија',
  pagination: 'Страници со соопштенија',
  pageLabel: (page) => `Страница ${page}`,
  previousPage: 'Претходна страница',
  nextPage: 'Следна страница',
  newReleases: (n) => count(n, '{count} ново соопштение', '{count} нови соопштенија'),
  showNewReleases: 'Прикажете',
  readFullRelease: 'Прочитајте го целото соопштение',
  hideFullRelease: 'Скријте го целото соопштение',
};
