// Serbian in Latin script: the texts of <press-quote>.
import type { QuoteStrings } from '../translation.js';

export default {
  quotes: 'Izjave',
  readRelease: 'Pročitajte saopštenje',
  copyQuote: 'Kopirajte izjavu',
  quoteCopied: 'Izjava je kopirana.',
  copyFailed: 'Izjavu nije moguće kopirati. Označite tekst da biste ga kopirali.',
  showMore: 'Prikažite više',
  showLess: 'Prikažite manje',
  previousQuote: 'Prethodna izjava',
  nextQuote: 'Sledeća izjava',
  pauseRotation: 'Zaustavite smenjivanje izjava',
  playRotation: 'Pokrenite smenjivanje izjava',
  quotePosition: 'Izjava {current} od {total}',
  noQuote: 'Nema izjave za prikaz.',
  quoted: '„{text}“',
} satisfies QuoteStrings;
