// Greek: the texts of <press-feed>.
import type { FeedTexts } from '../translation.js';
import { plural } from '../plural.js';

const count = (n: number, one: string, other: string) => plural('el', n, { one, other });

export const feed: FeedTexts = {
  releases: 'Δελτία Τύπου',
  searchLabel: 'Αναζήτηση δελτίων',
  searchHint: 'Αναζητήστε σε τίτλους, κείμενο, πρόσωπα και θέματα',
  filtersLabel: 'Φιλτράρισμα δελτίων',
  tagsLabel: 'Θέματα',
  categoryLabel: 'Κατηγορία',
  allCategories: 'Όλες οι κατηγορίες',
  sinceLabel: 'Από',
  untilLabel: 'Έως',
  clearFilters: 'Καθαρισμός φίλτρων',
  resultCount: (n) => count(n, '{count} δελτίο', '{count} δελτία'),
  noResults: 'Κανένα δελτίο δεν ταιριάζει με αυτά τα φίλτρα.',
  emptyFeed: 'Δεν υπάρχουν ακόμη δελτία Τύπου.',
  loadMore: 'Εμφάνιση περισσότερων δελτίων',
  pagination: 'Σελίδες δελτίων',
  pageLabel: (page) => `Σελίδα ${page}`,
  previousPage: 'Προηγούμενη σελίδα',
  nextPage: 'Επόμενη σελίδα',
  newReleases: (n) => count(n, '{count} νέο δελτίο', '{count} νέα δελτία'),
  showNewReleases: 'Εμφάνιση',
  readFullRelease: 'Διαβάστε ολόκληρο το δελτίο',
  hideFullRelease: 'Απόκρυψη ολόκληρου του δελτίου',
};
