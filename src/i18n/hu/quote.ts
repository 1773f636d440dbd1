// Hungarian: the texts of <press-quote>.
import type { QuoteStrings } from '../translation.js';

export default {
  quotes: 'Idézetek',
  readRelease: 'A közlemény elolvasása',
  copyQuote: 'Idézet másolása',
  quoteCopied: 'Az idézetet a vágólapra másoltuk.',
  copyFailed: 'Az idézetet nem sikerült másolni. Jelölje ki a szöveget a másoláshoz.',
  showMore: 'Több megjelenítése',
  showLess: 'Kevesebb megjelenítése',
  previousQuote: 'Előző idézet',
  nextQuote: 'Következő idézet',
  pauseRotation: 'Az idézetek váltásának szüneteltetése',
  playRotation: 'Az idézetek váltásának indítása',
  quotePosition: '{current}. idézet (összesen {total})',
  noQuote: 'Nincs megjeleníthető idézet.',
  quoted: '„{text}”',
} satisfies QuoteStrings;
