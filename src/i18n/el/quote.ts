// Greek: the texts of <press-quote>.
import type { QuoteStrings } from '../translation.js';

export default {
  quotes: 'Δηλώσεις',
  readRelease: 'Διαβάστε το δελτίο',
  copyQuote: 'Αντιγραφή δήλωσης',
  quoteCopied: 'Η δήλωση αντιγράφηκε.',
  copyFailed: 'Δεν ήταν δυνατή η αντιγραφή της δήλωσης. Επιλέξτε το κείμενο για να το αντιγράψετε.',
  showMore: 'Εμφάνιση περισσότερων',
  showLess: 'Εμφάνιση λιγότερων',
  previousQuote: 'Προηγούμενη δήλωση',
  nextQuote: 'Επόμενη δήλωση',
  pauseRotation: 'Παύση εναλλαγής δηλώσεων',
  playRotation: 'Έναρξη εναλλαγής δηλώσεων',
  quotePosition: 'Δήλωση {current} από {total}',
  noQuote: 'Δεν υπάρχει δήλωση για εμφάνιση.',
  quoted: '«{text}»',
} satisfies QuoteStrings;
