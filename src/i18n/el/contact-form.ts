// Greek: the texts of <press-contact-form>. Formal address (plural of respect).
import type { ContactFormTexts } from '../translation.js';
import { plural } from '../plural.js';

const count = (n: number, one: string, other: string) => plural('el', n, { one, other });

export const contactForm: ContactFormTexts = {
  nameLabel: 'Ονοματεπώνυμο',
  emailLabel: 'Διεύθυνση email',
  emailHint: 'Θα τη χρησιμοποιήσουμε μόνο για να σας απαντήσουμε.',
  phoneLabel: 'Αριθμός τηλεφώνου',
  topicLabel: 'Θεματική ενότητα',
  subjectLabel: 'Θέμα',
  messageLabel: 'Μήνυμα',
  optional: 'προαιρετικό',
  choose: 'Επιλέξτε…',
  recipient: (institution) => `Το μήνυμά σας απευθύνεται σε: ${institution}`,
  charactersLeft: (n) => count(n, 'Απομένει {count} χαρακτήρας', 'Απομένουν {count} χαρακτήρες'),
  charactersOver: (n) => count(n, 'Έχετε {count} χαρακτήρα παραπάνω', 'Έχετε {count} χαρακτήρες παραπάνω'),
  privacyLink: 'Πώς χρησιμοποιούμε τα δεδομένα σας (ανοίγει σε νέα καρτέλα)',
  honeypotLabel: 'Αφήστε αυτό το πεδίο κενό',
  send: 'Αποστολή μηνύματος',
  sending: 'Αποστολή…',
  retrying: (attempt, attempts) => `Το μήνυμα δεν έχει σταλεί ακόμη. Νέα προσπάθεια (${attempt} από ${attempts})…`,
  errorSummary: 'Υπάρχει πρόβλημα',
  errorPrefix: 'Σφάλμα:',
  nameRequired: 'Εισαγάγετε το ονοματεπώνυμό σας',
  emailRequired: 'Εισαγάγετε τη διεύθυνση email σας',
  emailInvalid: 'Εισαγάγετε μια διεύθυνση email σε σωστή μορφή, π.χ. name@example.com',
  phoneInvalid: 'Εισαγάγετε έναν αριθμό τηλεφώνου, π.χ. 011 123 4567',
  urlInvalid: 'Εισαγάγετε μια πλήρη διεύθυνση ιστοσελίδας, π.χ. https://example.com',
  messageRequired: 'Εισαγάγετε το μήνυμά σας',
  consentRequired: 'Επιλέξτε το πλαίσιο συγκατάθεσης, ώστε να μπορέσουμε να σας απαντήσουμε',
  fieldRequired: (label) => `Συμπληρώστε το πεδίο «${label}»`,
  fieldSelect: (label) => `Επιλέξτε «${label}»`,
  offlineNotice:
    'Δεν είστε συνδεδεμένοι στο διαδίκτυο. Μπορείτε να συνεχίσετε να γράφετε. Το μήνυμα παραμένει στη φόρμα.',
  offlineNotSent:
    'Δεν είστε συνδεδεμένοι στο διαδίκτυο, γι’ αυτό το μήνυμα δεν έχει σταλεί ακόμη. Παραμένει στη φόρμα.',
  sendWhenOnline: 'Αποστολή του μηνύματος μόλις αποκατασταθεί η σύνδεση',
  sentHeading: 'Ευχαριστούμε, το μήνυμά σας στάλθηκε',
  referenceNumber: (reference) => `Αριθμός πρωτοκόλλου: ${reference}`,
  sendAnother: 'Αποστολή νέου μηνύματος',
  sendFailed: 'Δεν ήταν δυνατή η αποστολή του μηνύματος',
  messageKept: 'Το μήνυμά σας παραμένει στη φόρμα.',
  sendError: {
    network: 'Η σύνδεση με τον διακομιστή απέτυχε.',
    timeout: 'Ο διακομιστής δεν απάντησε εγκαίρως.',
    http: 'Ο διακομιστής δεν είναι διαθέσιμος αυτή τη στιγμή.',
    busy: 'Ο διακομιστής είναι υπερφορτωμένος αυτή τη στιγμή.',
    rejected: 'Ο διακομιστής δεν αποδέχθηκε το μήνυμα.',
    config: 'Αυτή η φόρμα δεν έχει διεύθυνση αποστολής μηνυμάτων.',
    token: 'Ο έλεγχος προστασίας από ανεπιθύμητα μηνύματα δεν ολοκληρώθηκε.',
  },
  formUnavailable: 'Δεν ήταν δυνατή η φόρτωση της φόρμας επικοινωνίας. Δοκιμάστε ξανά αργότερα.',
};
