// Greek: the texts of <press-feed>.
import type { FeedStrings } from '../translation.js';

export default {
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
  resultCount: { one: '{count} δελτίο', other: '{count} δελτία' },
  noResults: 'Κανένα δελτίο δεν ταιριάζει με αυτά τα φίλτρα.',
  noSearchResults: 'Κανένα δελτίο δεν ταιριάζει με την αναζήτησή σας.',
  emptyFeed: 'Δεν υπάρχουν ακόμη δελτία Τύπου.',
  loadMore: 'Εμφάνιση περισσότερων δελτίων',
  pagination: 'Σελίδες δελτίων',
  pageLabel: 'Σελίδα {page}',
  previousPage: 'Προηγούμενη σελίδα',
  nextPage: 'Επόμενη σελίδα',
  newReleases: { one: '{count} νέο δελτίο', other: '{count} νέα δελτία' },
  showNewReleases: 'Εμφάνιση',
  readFullRelease: 'Διαβάστε ολόκληρο το δελτίο',
  hideFullRelease: 'Απόκρυψη ολόκληρου του δελτίου',
} satisfies FeedStrings;
