// Slovenian: the texts of <press-quote>.
import type { QuoteTexts } from '../translation.js';

export const quote: QuoteTexts = {
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
  quotePosition: (current, total) => `Izjava ${current} od ${total}`,
  noQuote: 'Ni izjave za prikaz.',
  quoted: (text) => `„${text}“`,
};
