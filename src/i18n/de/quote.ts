// German: the texts of <press-quote>.
import type { QuoteStrings } from '../translation.js';

export default {
  quotes: 'Zitate',
  readRelease: 'Pressemitteilung lesen',
  copyQuote: 'Zitat kopieren',
  quoteCopied: 'Das Zitat wurde kopiert.',
  copyFailed: 'Das Zitat konnte nicht kopiert werden. Markieren Sie den Text, um ihn zu kopieren.',
  showMore: 'Mehr anzeigen',
  showLess: 'Weniger anzeigen',
  previousQuote: 'Vorheriges Zitat',
  nextQuote: 'Nächstes Zitat',
  pauseRotation: 'Zitatwechsel anhalten',
  playRotation: 'Zitatwechsel starten',
  quotePosition: 'Zitat {current} von {total}',
  noQuote: 'Es gibt kein Zitat zum Anzeigen.',
  quoted: '„{text}“',
} satisfies QuoteStrings;
