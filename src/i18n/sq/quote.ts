// Albanian: the texts of <press-quote>.
import type { QuoteStrings } from '../translation.js';

export default {
  quotes: 'Deklarata',
  readRelease: 'Lexoni njoftimin',
  copyQuote: 'Kopjoni deklaratën',
  quoteCopied: 'Deklarata u kopjua.',
  copyFailed: 'Deklarata nuk mund të kopjohej. Përzgjidhni tekstin për ta kopjuar.',
  showMore: 'Shfaqni më shumë',
  showLess: 'Shfaqni më pak',
  previousQuote: 'Deklarata e mëparshme',
  nextQuote: 'Deklarata tjetër',
  pauseRotation: 'Ndaloni ndërrimin e deklaratave',
  playRotation: 'Nisni ndërrimin e deklaratave',
  quotePosition: 'Deklarata {current} nga {total}',
  noQuote: 'Nuk ka deklaratë për të shfaqur.',
  quoted: '“{text}”',
} satisfies QuoteStrings;
