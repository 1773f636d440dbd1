// Serbian in Cyrillic script, saying exactly what sr-Latn says: the texts of <press-quote>.
import type { QuoteStrings } from '../translation.js';

export default {
  quotes: 'Изјаве',
  readRelease: 'Прочитајте саопштење',
  copyQuote: 'Копирајте изјаву',
  quoteCopied: 'Изјава је копирана.',
  copyFailed: 'Изјаву није могуће копирати. Означите текст да бисте га копирали.',
  showMore: 'Прикажите више',
  showLess: 'Прикажите мање',
  previousQuote: 'Претходна изјава',
  nextQuote: 'Следећа изјава',
  pauseRotation: 'Зауставите смењивање изјава',
  playRotation: 'Покрените смењивање изјава',
  quotePosition: 'Изјава {current} од {total}',
  noQuote: 'Нема изјаве за приказ.',
  quoted: '„{text}“',
} satisfies QuoteStrings;
