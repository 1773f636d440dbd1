// Serbian in Cyrillic script, saying exactly what sr-Latn says: the texts of <press-feed>.
import type { FeedTexts } from '../translation.js';
import { plural } from '../plural.js';

const count = (n: number, one: string, few: string, other: string) => plural('sr', n, { one, few, other });

export const feed: FeedTexts = {
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
  resultCount: (n) => count(n, '{count} саопштење', '{count} саопштења', '{count} саопштења'),
  noResults: 'Ниједно саопштење не одговара овим филтерима.',
  emptyFeed: 'Још нема саопштења за јавност.',
  loadMore: 'Прикажите још саопштења',
  pagination: 'Странице саопштења',
  pageLabel: (page) => `Страна ${page}`,
  previousPage: 'Претходна страна',
  nextPage: 'Следећа страна',
  newReleases: (n) => count(n, '{count} ново саопштење', '{count} нова саопштења', '{count} нових саопштења'),
  showNewReleases: 'Прикажите',
  readFullRelease: 'Прочитајте цело саопштење',
  hideFullRelease: 'Сакријте цело саопштење',
};
