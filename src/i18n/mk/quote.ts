// Macedonian: the texts of <press-quote>.
import type { QuoteStrings } from '../translation.js';

export default {
  quotes: 'Изјави',
  readRelease: 'Прочитајте го соопштението',
  copyQuote: 'Копирајте ја изјавата',
  quoteCopied: 'Изјавата е копирана.',
  copyFailed: 'Изјавата не може да се копира. Означете го текстот за да го копирате.',
  showMore: 'Прикажете повеќе',
  showLess: 'Прикажете помалку',
  previousQuote: 'Претходна изјава',
  nextQuote: 'Следна изјава',
  pauseRotation: 'Запрете го менувањето на изјавите',
  playRotation: 'Пуштете го менувањето на изјавите',
  quotePosition: 'Изјава {current} од {total}',
  noQuote: 'Нема изјава за прикажување.',
  quoted: '„{text}“',
} satisfies QuoteStrings;
