import type { Translation } from './translation.js';
import { plural } from './plural.js';

const count = (n: number, one: string, few: string, other: string) => plural('sr', n, { one, few, other });

export const srCyrl: Translation = {
  $code: 'sr-Cyrl',
  $name: 'Српски (ћирилица)',
  $dir: 'ltr',
  $dateLocale: () => import('date-fns/locale/sr').then((module) => module.sr),

  loading: 'Учитавање…',
  retry: 'Покушајте поново',
  feedError: {
    network: 'Вести није могуће учитати. Проверите интернет везу и покушајте поново.',
    offline: 'Нисте повезани на интернет. Вести ће се учитати када се веза поново успостави.',
    timeout: 'Сервер са вестима није одговорио на време. Покушајте поново.',
    http: 'Сервер са вестима тренутно није доступан. Покушајте поново касније.',
    parse: 'Вести није могуће прочитати јер је извор вести оштећен.',
    format: 'На овој адреси нема извора вести.',
    'too-large': 'Извор вести је превелик за приказ.',
  },
  staleNotice: (lastUpdated) => `Ова саопштења можда нису ажурна: последњи пут су ажурирана ${lastUpdated}.`,
  published: 'Објављено',
  updated: 'Ажурирано',

  releases: 'Саопштења за јавност',
  searchLabel: 'Претражи саопштења',
  searchHint: 'Претражите наслове, текст, особе и теме',
  filtersLabel: 'Филтрирај саопштења',
  tagsLabel: 'Теме',
  categoryLabel: 'Категорија',
  allCategories: 'Све категорије',
  sinceLabel: 'Од',
  untilLabel: 'До',
  clearFilters: 'Поништи филтере',
  resultCount: (n) => count(n, '{count} саопштење', '{count} саопштења', '{count} саопштења'),
  noResults: 'Ниједно саопштење не одговара овим филтерима.',
  emptyFeed: 'Још нема саопштења за јавност.',
  loadMore: 'Прикажи још саопштења',
  pagination: 'Странице саопштења',
  pageLabel: (page) => `Страна ${page}`,
  previousPage: 'Претходна страна',
  nextPage: 'Следећа страна',
  newReleases: (n) => count(n, '{count} ново саопштење', '{count} нова саопштења', '{count} нових саопштења'),
  showNewReleases: 'Прикажи',
  readFullRelease: 'Прочитајте цело саопштење',
  hideFullRelease: 'Сакриј цело саопштење',

  quotes: 'Изјаве',
  readRelease: 'Прочитајте саопштење',
  copyQuote: 'Копирај изјаву',
  quoteCopied: 'Изјава је копирана.',
  copyFailed: 'Изјаву није могуће копирати. Означите текст да бисте га копирали.',
  showMore: 'Прикажи више',
  showLess: 'Прикажи мање',
  previousQuote: 'Претходна изјава',
  nextQuote: 'Следећа изјава',
  pauseRotation: 'Заустави смењивање изјава',
  playRotation: 'Покрени смењивање изјава',
  quotePosition: (current, total) => `Изјава ${current} од ${total}`,
  noQuote: 'Нема изјаве за приказ.',
  quoted: (text) => `„${text}“`,

  // <press-contact-form>
};
