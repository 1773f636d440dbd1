// Bosnian: the texts every widget shares. Formal address (Vi).
import type { CommonStrings } from '../translation.js';

export default {
  loading: 'Učitavanje…',
  retry: 'Pokušajte ponovo',
  feedError: {
    network: 'Vijesti nije moguće učitati. Pokušajte ponovo kasnije.',
    offline: 'Niste povezani na internet. Vijesti će se učitati kada se veza ponovo uspostavi.',
    timeout: 'Server s vijestima nije odgovorio na vrijeme. Pokušajte ponovo.',
    http: 'Server s vijestima trenutno nije dostupan. Pokušajte ponovo kasnije.',
    parse: 'Vijesti nije moguće pročitati jer je izvor vijesti oštećen.',
    format: 'Na ovoj adresi nema izvora vijesti.',
    'too-large': 'Izvor vijesti je prevelik za prikaz.',
  },
  staleNotice: 'Ova saopćenja možda nisu ažurna. Posljednje ažuriranje: {lastUpdated}.',
} satisfies CommonStrings;
