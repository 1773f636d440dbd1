// Croatian: the texts every widget shares. Formal address (Vi).
import type { CommonStrings } from '../translation.js';

export default {
  loading: 'Učitavanje…',
  retry: 'Pokušajte ponovno',
  feedError: {
    network: 'Vijesti nije moguće učitati. Pokušajte ponovno kasnije.',
    offline: 'Niste povezani s internetom. Vijesti će se učitati kad se veza ponovno uspostavi.',
    timeout: 'Poslužitelj s vijestima nije odgovorio na vrijeme. Pokušajte ponovno.',
    http: 'Poslužitelj s vijestima trenutačno nije dostupan. Pokušajte ponovno kasnije.',
    parse: 'Vijesti nije moguće pročitati jer je izvor vijesti oštećen.',
    format: 'Na ovoj adresi nema izvora vijesti.',
    'too-large': 'Izvor vijesti prevelik je za prikaz.',
  },
  staleNotice: 'Ova priopćenja možda nisu ažurna. Posljednje ažuriranje: {lastUpdated}.',
} satisfies CommonStrings;
