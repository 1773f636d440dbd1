// Slovenian: the texts every widget shares. Formal address (Vi).
import type { CommonStrings } from '../translation.js';

export default {
  loading: 'Nalaganje …',
  retry: 'Poskusite znova',
  feedError: {
    network: 'Novic ni bilo mogoče naložiti. Poskusite znova pozneje.',
    offline: 'Niste povezani z internetom. Novice se bodo naložile, ko bo povezava znova vzpostavljena.',
    timeout: 'Strežnik z novicami se ni odzval pravočasno. Poskusite znova.',
    http: 'Strežnik z novicami trenutno ni dosegljiv. Poskusite znova pozneje.',
    parse: 'Novic ni bilo mogoče prebrati, ker je vir novic poškodovan.',
    format: 'Na tem naslovu ni vira novic.',
    'too-large': 'Vir novic je prevelik za prikaz.',
  },
  staleNotice: 'Ta sporočila za javnost morda niso posodobljena. Zadnja posodobitev: {lastUpdated}.',
} satisfies CommonStrings;
