// Hungarian: the texts of <press-feed>. A noun after a number stays singular, so one form serves every count.
import type { FeedStrings } from '../translation.js';

export default {
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
  resultCount: { one: '{count} közlemény', other: '{count} közlemény' },
  noResults: 'Egy közlemény sem felel meg ezeknek a szűrőknek.',
  noSearchResults: 'Egy közlemény sem felel meg a keresésnek.',
  emptyFeed: 'Még nincsenek sajtóközlemények.',
  loadMore: 'További közlemények megjelenítése',
  pagination: 'A közlemények oldalai',
  pageLabel: '{page}. oldal',
  previousPage: 'Előző oldal',
  nextPage: 'Következő oldal',
  newReleases: { one: '{count} új közlemény', other: '{count} új közlemény' },
  showNewReleases: 'Megjelenítés',
  readFullRelease: 'A teljes közlemény elolvasása',
  hideFullRelease: 'A teljes közlemény elrejtése',
} satisfies FeedStrings;
