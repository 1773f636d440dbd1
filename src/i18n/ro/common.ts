// Romanian: the texts every widget shares. Formal address (dumneavoastră).
import type { CommonStrings } from '../translation.js';

export default {
  loading: 'Se încarcă…',
  retry: 'Încercați din nou',
  feedError: {
    network: 'Știrile nu au putut fi încărcate. Încercați din nou mai târziu.',
    offline: 'Nu există conexiune la internet. Știrile se vor încărca după ce conexiunea este restabilită.',
    timeout: 'Serverul de știri nu a răspuns la timp. Încercați din nou.',
    http: 'Serverul de știri nu este disponibil momentan. Încercați din nou mai târziu.',
    parse: 'Știrile nu au putut fi citite, deoarece fluxul de știri este deteriorat.',
    format: 'La această adresă nu există un flux de știri.',
    'too-large': 'Fluxul de știri este prea mare pentru a fi afișat.',
  },
  staleNotice: 'Este posibil ca aceste comunicate să nu fie actualizate. Ultima actualizare: {lastUpdated}.',
} satisfies CommonStrings;
