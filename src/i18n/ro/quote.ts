// Romanian: the texts of <press-quote>.
import type { QuoteStrings } from '../translation.js';

export default {
  quotes: 'Declarații',
  readRelease: 'Citiți comunicatul',
  copyQuote: 'Copiați declarația',
  quoteCopied: 'Declarația a fost copiată.',
  copyFailed: 'Declarația nu a putut fi copiată. Selectați textul pentru a-l copia.',
  showMore: 'Afișați mai mult',
  showLess: 'Afișați mai puțin',
  previousQuote: 'Declarația anterioară',
  nextQuote: 'Declarația următoare',
  pauseRotation: 'Opriți derularea declarațiilor',
  playRotation: 'Porniți derularea declarațiilor',
  quotePosition: 'Declarația {current} din {total}',
  noQuote: 'Nu există nicio declarație de afișat.',
  quoted: '„{text}”',
} satisfies QuoteStrings;
