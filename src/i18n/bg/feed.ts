// Bulgarian: the texts of <press-feed>.
import type { FeedStrings } from '../translation.js';

export default {
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
  resultCount: { one: '{count} съобщение', other: '{count} съобщения' },
  noResults: 'Няма съобщения, които отговарят на тези филтри.',
  noSearchResults: 'Няма съобщения, които отговарят на търсенето ви.',
  emptyFeed: 'Все още няма съобщения за медиите.',
  loadMore: 'Покажете още съобщения',
  pagination: 'Страници със съобщения',
  pageLabel: 'Страница {page}',
  previousPage: 'Предишна страница',
  nextPage: 'Следваща страница',
  newReleases: { one: '{count} ново съобщение', other: '{count} нови съобщения' },
  showNewReleases: 'Покажете',
  readFullRelease: 'Прочетете цялото съобщение',
  hideFullRelease: 'Скрийте цялото съобщение',
} satisfies FeedStrings;
