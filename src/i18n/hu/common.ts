// Hungarian: the texts every widget shares. Formal address (Ön).
import type { CommonStrings } from '../translation.js';

export default {
  loading: 'Betöltés…',
  retry: 'Próbálja újra',
  feedError: {
    network: 'A híreket nem sikerült betölteni. Próbálja újra később.',
    offline: 'Nincs internetkapcsolat. A hírek betöltődnek, amint a kapcsolat helyreáll.',
    timeout: 'A hírkiszolgáló nem válaszolt időben. Próbálja újra.',
    http: 'A hírkiszolgáló jelenleg nem érhető el. Próbálja újra később.',
    parse: 'A híreket nem sikerült beolvasni, mert a hírforrás sérült.',
    format: 'Ezen a címen nincs hírforrás.',
    'too-large': 'A hírforrás túl nagy a megjelenítéshez.',
  },
  staleNotice: 'Előfordulhat, hogy ezek a közlemények nem naprakészek. Utolsó frissítés: {lastUpdated}.',
} satisfies CommonStrings;
