// Serbian in Cyrillic script, saying exactly what sr-Latn says: the texts of <press-feed>.
import type { FeedStrings } from '../translation.js';

export default {
  releases: 'Саопштења за јавност',
  searchLabel: 'Претражите саопштења',
  searchHint: 'Претражите наслове, текст, особе и теме',
  filtersLabel: 'Филтрирајте саопштења',
  tagsLabel: 'Теме',
  categoryLabel: 'Категорија',
  allCategories: 'Све категорије',
  sinceLabel: 'Од',
  untilLabel: 'До',
  clearFilters: 'Поништите филтере',
  resultCount: { one: '{count} саопштење', few: '{count} саопштења', other: '{count} саопштења' },
  noResults: 'Ниједно саопштење не одговара овим филтерима.',
  noSearchResults: 'Ниједно саопштење не одговара вашој претрази.',
  emptyFeed: 'Још нема саопштења за јавност.',
  loadMore: 'Прикажите још саопштења',
  pagination: 'Странице саопштења',
  pageLabel: 'Страна {page}',
  previousPage: 'Претходна страна',
  nextPage: 'Следећа страна',
  newReleases: { one: '{count} ново саопштење', few: '{count} нова саопштења', other: '{count} нових саопштења' },
  showNewReleases: 'Прикажите',
  readFullRelease: 'Прочитајте цело саопштење',
  hideFullRelease: 'Сакријте цело саопштење',
} satisfies FeedStrings;
