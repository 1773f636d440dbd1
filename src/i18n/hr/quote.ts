// Croatian: the texts of <press-quote>.
import type { QuoteStrings } from '../translation.js';

export default {
  quotes: 'Izjave',
  readRelease: 'Pročitajte priopćenje',
  copyQuote: 'Kopirajte izjavu',
  quoteCopied: 'Izjava je kopirana.',
  copyFailed: 'Izjavu nije moguće kopirati. Označite tekst kako biste ga kopirali.',
  showMore: 'Prikažite više',
  showLess: 'Prikažite manje',
  previousQuote: 'Prethodna izjava',
  nextQuote: 'Sljedeća izjava',
  pauseRotation: 'Zaustavite izmjenjivanje izjava',
  playRotation: 'Pokrenite izmjenjivanje izjava',
  quotePosition: 'Izjava {current} od {total}',
  noQuote: 'Nema izjave za prikaz.',
  quoted: '„{text}“',
} satisfies QuoteStrings;
