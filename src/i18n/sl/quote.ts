// Slovenian: the texts of <press-quote>.
import type { QuoteStrings } from '../translation.js';

export default {
  quotes: 'Izjave',
  readRelease: 'Preberite sporočilo',
  copyQuote: 'Kopirajte izjavo',
  quoteCopied: 'Izjava je kopirana.',
  copyFailed: 'Izjave ni bilo mogoče kopirati. Označite besedilo, da ga kopirate.',
  showMore: 'Prikažite več',
  showLess: 'Prikažite manj',
  previousQuote: 'Prejšnja izjava',
  nextQuote: 'Naslednja izjava',
  pauseRotation: 'Ustavite menjavanje izjav',
  playRotation: 'Zaženite menjavanje izjav',
  quotePosition: 'Izjava {current} od {total}',
  noQuote: 'Ni izjave za prikaz.',
  quoted: '„{text}“',
} satisfies QuoteStrings;
