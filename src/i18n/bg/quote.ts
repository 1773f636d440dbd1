// Bulgarian: the texts of <press-quote>.
import type { QuoteStrings } from '../translation.js';

export default {
  quotes: 'Изявления',
  readRelease: 'Прочетете съобщението',
  copyQuote: 'Копирайте изявлението',
  quoteCopied: 'Изявлението е копирано.',
  copyFailed: 'Изявлението не може да бъде копирано. Маркирайте текста, за да го копирате.',
  showMore: 'Покажете повече',
  showLess: 'Покажете по-малко',
  previousQuote: 'Предишно изявление',
  nextQuote: 'Следващо изявление',
  pauseRotation: 'Спрете смяната на изявленията',
  playRotation: 'Пуснете смяната на изявленията',
  quotePosition: 'Изявление {current} от {total}',
  noQuote: 'Няма изявление за показване.',
  quoted: '„{text}“',
} satisfies QuoteStrings;
