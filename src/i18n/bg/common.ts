// Bulgarian: the texts every widget shares. Formal address (Вие).
import type { CommonTexts } from '../translation.js';

export const common: CommonTexts = {
  $code: 'bg',
  $name: 'Български',
  $dir: 'ltr',
  $dateLocale: () => import('date-fns/locale/bg').then((module) => module.bg),

  loading: 'Зареждане…',
  retry: 'Опитайте отново',
  feedError: {
    network: 'Новините не могат да бъдат заредени. Проверете интернет връзката си и опитайте отново.',
    offline: 'Нямате връзка с интернет. Новините ще се заредят, когато връзката бъде възстановена.',
    timeout: 'Сървърът с новини не отговори навреме. Опитайте отново.',
    http: 'Сървърът с новини в момента не е достъпен. Опитайте отново по-късно.',
    parse: 'Новините не могат да бъдат прочетени, защото източникът на новини е повреден.',
    format: 'На този адрес няма източник на новини.',
    'too-large': 'Източникът на новини е твърде голям, за да бъде показан.',
  },
  staleNotice: (lastUpdated) => `Тези съобщения може да не са актуални. Последна актуализация: ${lastUpdated}.`,
  published: 'Публикувано',
  updated: 'Актуализирано',
};
