// Greek: the texts every widget shares. Formal address (plural of respect).
import type { CommonTexts } from '../translation.js';

export const common: CommonTexts = {
  $code: 'el',
  $name: 'Ελληνικά',
  $dir: 'ltr',
  $dateLocale: () => import('date-fns/locale/el').then((module) => module.el),

  loading: 'Φόρτωση…',
  retry: 'Δοκιμάστε ξανά',
  feedError: {
    network: 'Δεν ήταν δυνατή η φόρτωση των ειδήσεων. Ελέγξτε τη σύνδεσή σας στο διαδίκτυο και δοκιμάστε ξανά.',
    offline: 'Δεν είστε συνδεδεμένοι στο διαδίκτυο. Οι ειδήσεις θα φορτωθούν μόλις αποκατασταθεί η σύνδεση.',
    timeout: 'Ο διακομιστής ειδήσεων δεν απάντησε εγκαίρως. Δοκιμάστε ξανά.',
    http: 'Ο διακομιστής ειδήσεων δεν είναι διαθέσιμος αυτή τη στιγμή. Δοκιμάστε ξανά αργότερα.',
    parse: 'Δεν ήταν δυνατή η ανάγνωση των ειδήσεων, επειδή η ροή ειδήσεων είναι κατεστραμμένη.',
    format: 'Αυτή η διεύθυνση δεν παρέχει ροή ειδήσεων.',
    'too-large': 'Η ροή ειδήσεων είναι πολύ μεγάλη για να εμφανιστεί.',
  },
  staleNotice: (lastUpdated) => `Αυτά τα δελτία ίσως δεν είναι ενημερωμένα. Τελευταία ενημέρωση: ${lastUpdated}.`,
  published: 'Δημοσιεύθηκε',
  updated: 'Ενημερώθηκε',
};
