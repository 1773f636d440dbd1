// Bulgarian: the texts of <press-feed>.
import type { FeedTexts } from '../translation.js';
import { plural } from '../plural.js';

const count = (n: number, one: string, other: string) => plural('bg', n, { one, other });

export const feed: FeedTexts = {
  releases: 'Съобщения за медиите',
  searchLabel: 'Търсене в съобщенията',
  searchHint: 'Търсете в заглавия, текст, хора и теми',
  filtersLabel: 'Филтриране на съобщенията',
  tagsLabel: 'Теми',
  categoryLabel: 'Категория',
  allCategories: 'Всички категории',
  sinceLabel: 'От',
  untilLabel: 'До',
  clearFilters: 'Изчистете филтрите',
  resultCount: (n) => count(n, '{count} съобщение', '{count} съобщения'),
  noResults: 'Няма съобщения, които отговарят на тези филтри.',
  emptyFeed: 'Все още няма съобщения за медиите.',
  loadMore: 'Покажете още съобщения',
  pagination: 'Страници със съобщения',
  pageLabel: (page) => `Страница ${page}`,
  previousPage: 'Предишна страница',
  nextPage: 'Следваща страница',
  newReleases: (n) => count(n, '{count} ново съобщение', '{count} нови съобщения'),
  showNewReleases: 'Покажете',
  readFullRelease: 'Прочетете цялото съобщение',
  hideFullRelease: 'Скрийте цялото съобщение',
};
