// German: the texts every widget shares. Formal address (Sie).
import type { CommonStrings } from '../translation.js';

export default {
  loading: 'Wird geladen…',
  retry: 'Erneut versuchen',
  feedError: {
    network: 'Die Meldungen konnten nicht geladen werden. Bitte versuchen Sie es später erneut.',
    offline: 'Sie sind offline. Die Meldungen werden geladen, sobald Sie wieder online sind.',
    timeout: 'Der Nachrichtenserver hat nicht rechtzeitig geantwortet. Bitte versuchen Sie es erneut.',
    http: 'Der Nachrichtenserver ist derzeit nicht erreichbar. Bitte versuchen Sie es später erneut.',
    parse: 'Die Meldungen konnten nicht gelesen werden, weil der Feed beschädigt ist.',
    format: 'Unter dieser Adresse gibt es keinen Nachrichten-Feed.',
    'too-large': 'Der Nachrichten-Feed ist zu groß für die Anzeige.',
  },
  staleNotice: 'Diese Pressemitteilungen sind möglicherweise nicht aktuell. Letzte Aktualisierung: {lastUpdated}.',
} satisfies CommonStrings;
