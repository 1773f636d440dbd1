// Serbian in Latin script: the texts every widget shares.
import type { CommonStrings } from '../translation.js';

export default {
  loading: 'Učitavanje…',
  retry: 'Pokušajte ponovo',
  feedError: {
    network: 'Vesti nije moguće učitati. Pokušajte ponovo kasnije.',
    offline: 'Niste povezani na internet. Vesti će se učitati kada se veza ponovo uspostavi.',
    timeout: 'Server sa vestima nije odgovorio na vreme. Pokušajte ponovo.',
    http: 'Server sa vestima trenutno nije dostupan. Pokušajte ponovo kasnije.',
    parse: 'Vesti nije moguće pročitati jer je izvor vesti oštećen.',
    format: 'Na ovoj adresi nema izvora vesti.',
    'too-large': 'Izvor vesti je prevelik za prikaz.',
  },
  staleNotice: 'Ova saopštenja možda nisu ažurna: poslednji put su ažurirana {lastUpdated}.',
} satisfies CommonStrings;
