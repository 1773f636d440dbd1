// Macedonian: the texts every widget shares. Formal address (Вие).
import type { CommonTexts } from '../translation.js';

export const common: CommonTexts = {
  $code: 'mk',
  $name: 'Македонски',
  $dir: 'ltr',
  $dateLocale: () => import('date-fns/locale/mk').then((module) => module.mk),

  loading: 'Се вчитува…',
  retry: 'Обидете се повторно',
  feedError: {
    network: 'Вестите не можат да се вчитаат. Проверете ја интернет-врската и обидете се повторно.',
    offline: 'Не сте поврзани на интернет. Вестите ќе се вчитаат кога врската повторно ќе се воспостави.',
    timeout: 'Серверот со вести не одговори навреме. Обидете се повторно.',
    http: 'Серверот со вести моментално не е достапен. Обидете се повторно подоцна.',
    parse: 'Вестите не можат да се прочитаат бидејќи изворот на вести е оштетен.',
    format: 'На оваа адреса нема извор на вести.',
    'too-large': 'Изворот на вести е преголем за прикажување.',
  },
  staleNotice: (lastUpdated) => `Овие соопштенија можеби не се ажурни. Последно ажурирање: ${lastUpdated}.`,
  published: 'Објавено',
  updated: 'Ажурирано',
};
