// Serbian in Cyrillic script, saying exactly what sr-Latn says: the texts every widget shares.
import type { CommonStrings } from '../translation.js';

export default {
  loading: 'Учитавање…',
  retry: 'Покушајте поново',
  feedError: {
    network: 'Вести није могуће учитати. Покушајте поново касније.',
    offline: 'Нисте повезани на интернет. Вести ће се учитати када се веза поново успостави.',
    timeout: 'Сервер са вестима није одговорио на време. Покушајте поново.',
    http: 'Сервер са вестима тренутно није доступан. Покушајте поново касније.',
    parse: 'Вести није могуће прочитати јер је извор вести оштећен.',
    format: 'На овој адреси нема извора вести.',
    'too-large': 'Извор вести је превелик за приказ.',
  },
  staleNotice: 'Ова саопштења можда нису ажурна: последњи пут су ажурирана {lastUpdated}.',
} satisfies CommonStrings;
