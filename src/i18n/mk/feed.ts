// Macedonian: the texts of <press-feed>.
import type { FeedStrings } from '../translation.js';

export default {
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
  resultCount: { one: '{count} соопштение', other: '{count} соопштенија' },
  noResults: 'Ниедно соопштение не одговара на овие филтри.',
  noSearchResults: 'Ниедно соопштение не одговара на вашето пребарување.',
  emptyFeed: 'Сè уште нема соопштенија за јавноста.',
  loadMore: 'Прикажете повеќе соопштенија',
  pagination: 'Страници со соопштенија',
  pageLabel: 'Страница {page}',
  previousPage: 'Претходна страница',
  nextPage: 'Следна страница',
  newReleases: { one: '{count} ново соопштение', other: '{count} нови соопштенија' },
  showNewReleases: 'Прикажете',
  readFullRelease: 'Прочитајте го целото соопштение',
  hideFullRelease: 'Скријте го целото соопштение',
} satisfies FeedStrings;
