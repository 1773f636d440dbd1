// Albanian: the texts every widget shares. Formal address (ju).
import type { CommonStrings } from '../translation.js';

export default {
  loading: 'Po ngarkohet…',
  retry: 'Provoni përsëri',
  feedError: {
    network: 'Lajmet nuk mund të ngarkoheshin. Provoni përsëri më vonë.',
    offline: 'Nuk jeni të lidhur me internetin. Lajmet do të ngarkohen sapo të rikthehet lidhja.',
    timeout: 'Serveri i lajmeve nuk u përgjigj në kohë. Provoni përsëri.',
    http: 'Serveri i lajmeve nuk është i disponueshëm për momentin. Provoni përsëri më vonë.',
    parse: 'Lajmet nuk mund të lexoheshin, sepse burimi i lajmeve është i dëmtuar.',
    format: 'Kjo adresë nuk ofron burim lajmesh.',
    'too-large': 'Burimi i lajmeve është shumë i madh për t’u shfaqur.',
  },
  staleNotice: 'Këto njoftime mund të mos jenë të përditësuara. Përditësimi i fundit: {lastUpdated}.',
} satisfies CommonStrings;
