// Hungarian: the texts of <press-feed>. A noun after a number stays singular, so one form serves every count.
import type { FeedTexts } from '../translation.js';
import { plural } from '../plural.js';

const count = (n: number, other: string) => plural('hu', n, { other });

export const feed: FeedTexts = {
  releases: 'Sajtóközlemények',
  searchLabel: 'Keresés a közleményekben',
  searchHint: 'Keresés címekben, szövegben, személyekben és témákban',
  filtersLabel: 'Közlemények szűrése',
  tagsLabel: 'Témák',
  categoryLabel: 'Kategória',
  allCategories: 'Minden kategória',
  sinceLabel: 'Ettől',
  untilLabel: 'Eddig',
  clearFilters: 'Szűrők törlése',
  resultCount: (n) => count(n, '{count} közlemény'),
  noResults: 'Egy közlemény sem felel meg ezeknek a szűrőknek.',
  emptyFeed: 'Még nincsenek sajtóközlemények.',
  loadMore: 'További közlemények megjelenítése',
  pagination: 'A közlemények oldalai',
  pageLabel: (page) => `${page}. oldal`,
  previousPage: 'Előző oldal',
  nextPage: 'Következő oldal',
  newReleases: (n) => count(n, '{count} új közlemény'),
  showNewReleases: 'Megjelenítés',
  readFullRelease: 'A teljes közlemény elolvasása',
  hideFullRelease: 'A teljes közlemény elrejtése',
};
