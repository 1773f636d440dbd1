// Albanian: the texts every widget shares. Formal address (ju).
import type { CommonTexts } from '../translation.js';

export const common: CommonTexts = {
  $code: 'sq',
  $name: 'Shqip',
  $dir: 'ltr',
  $dateLocale: () => import('date-fns/locale/sq').then((module) => module.sq),

  loading: 'Po ngarkohet…',
  retry: 'Provoni përsëri',
  feedError: {
    network: 'Lajmet nuk mund të ngarkoheshin. Kontrolloni lidhjen me internetin dhe provoni përsëri.',
    offline: 'Nuk jeni të lidhur me internetin. Lajmet do të ngarkohen sapo të rikthehet lidhja.',
    timeout: 'Serveri i lajmeve nuk u përgjigj në kohë. Provoni përsëri.',
    http: 'Serveri i lajmeve nuk është i disponueshëm për momentin. Provoni përsëri më vonë.',
    parse: 'Lajmet nuk mund të lexoheshin, sepse burimi i lajmeve është i dëmtuar.',
    format: 'Kjo adresë nuk ofron burim lajmesh.',
    'too-large': 'Burimi i lajmeve është shumë i madh për t’u shfaqur.',
  },
  staleNotice: (lastUpdated) => `Këto njoftime mund të mos jenë të përditësuara. Përditësimi i fundit: ${lastUpdated}.`,
  published: 'Publikuar',
  updated: 'Përditësuar',
};
