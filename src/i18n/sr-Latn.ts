import type { Translation } from './translation.js';
import { plural } from './plural.js';

const count = (n: number, one: string, few: string, other: string) => plural('sr', n, { one, few, other });

export const srLatn: Translation = {
  $code: 'sr-Latn',
  $name: 'Srpski (latinica)',
  $dir: 'ltr',
  $dateLocale: () => import('date-fns/locale/sr-Latn').then((module) => module.srLatn),

  loading: 'Učitavanje…',
  retry: 'Pokušajte ponovo',
  feedError: {
    network: 'Vesti nije moguće učitati. Proverite internet vezu i pokušajte ponovo.',
    offline: 'Niste povezani na internet. Vesti će se učitati kada se veza ponovo uspostavi.',
    timeout: 'Server sa vestima nije odgovorio na vreme. Pokušajte ponovo.',
    http: 'Server sa vestima trenutno nije dostupan. Pokušajte ponovo kasnije.',
    parse: 'Vesti nije moguće pročitati jer je izvor vesti oštećen.',
    format: 'Na ovoj adresi nema izvora vesti.',
    'too-large': 'Izvor vesti je prevelik za prikaz.',
  },
  staleNotice: (lastUpdated) => `Ova saopštenja možda nisu ažurna: poslednji put su ažurirana ${lastUpdated}.`,
  published: 'Objavljeno',
  updated: 'Ažurirano',

  releases: 'Saopštenja za javnost',
  searchLabel: 'Pretraži saopštenja',
  searchHint: 'Pretražite naslove, tekst, osobe i teme',
  filtersLabel: 'Filtriraj saopštenja',
  tagsLabel: 'Teme',
  categoryLabel: 'Kategorija',
  allCategories: 'Sve kategorije',
  sinceLabel: 'Od',
  untilLabel: 'Do',
  clearFilters: 'Poništi filtere',
  resultCount: (n) => count(n, '{count} saopštenje', '{count} saopštenja', '{count} saopštenja'),
  noResults: 'Nijedno saopštenje ne odgovara ovim filterima.',
  emptyFeed: 'Još nema saopštenja za javnost.',
  loadMore: 'Prikaži još saopštenja',
  pagination: 'Stranice saopštenja',
  pageLabel: (page) => `Strana ${page}`,
  previousPage: 'Prethodna strana',
  nextPage: 'Sledeća strana',
  newReleases: (n) => count(n, '{count} novo saopštenje', '{count} nova saopštenja', '{count} novih saopštenja'),
  showNewReleases: 'Prikaži',
  readFullRelease: 'Pročitajte celo saopštenje',
  hideFullRelease: 'Sakrij celo saopštenje',

  quotes: 'Izjave',
  readRelease: 'Pročitajte saopštenje',
  copyQuote: 'Kopiraj izjavu',
  quoteCopied: 'Izjava je kopirana.',
  copyFailed: 'Izjavu nije moguće kopirati. Označite tekst da biste ga kopirali.',
  showMore: 'Prikaži više',
  showLess: 'Prikaži manje',
  previousQuote: 'Prethodna izjava',
  nextQuote: 'Sledeća izjava',
  pauseRotation: 'Zaustavi smenjivanje izjava',
  playRotation: 'Pokreni smenjivanje izjava',
  quotePosition: (current, total) => `Izjava ${current} od ${total}`,
  noQuote: 'Nema izjave za prikaz.',
  quoted: (text) => `„${text}“`,

  // <press-contact-form>
};
