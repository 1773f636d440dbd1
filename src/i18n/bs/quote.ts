// Bosnian: the texts of <press-quote>.
import type { QuoteStrings } from '../translation.js';

export default {
  quotes: 'Izjave',
  readRelease: 'Pročitajte saopćenje',
  copyQuote: 'Kopirajte izjavu',
  quoteCopied: 'Izjava je kopirana.',
  copyFailed: 'Izjavu nije moguće kopirati. Označite tekst da biste ga kopirali.',
  showMore: 'Prikažite više',
  showLess: 'Prikažite manje',
  previousQuote: 'Prethodna izjava',
  nextQuote: 'Sljedeća izjava',
  pauseRotation: 'Zaustavite smjenjivanje izjava',
  playRotation: 'Pokrenite smjenjivanje izjava',
  quotePosition: 'Izjava {current} od {total}',
  noQuote: 'Nema izjave za prikaz.',
  quoted: '„{text}“',
} satisfies QuoteStrings;
