// Turkish: the texts of <press-quote>.
import type { QuoteStrings } from '../translation.js';

export default {
  quotes: 'Açıklamalar',
  readRelease: 'Bülteni okuyun',
  copyQuote: 'Açıklamayı kopyalayın',
  quoteCopied: 'Açıklama kopyalandı.',
  copyFailed: 'Açıklama kopyalanamadı. Kopyalamak için metni seçin.',
  showMore: 'Daha fazla gösterin',
  showLess: 'Daha az gösterin',
  previousQuote: 'Önceki açıklama',
  nextQuote: 'Sonraki açıklama',
  pauseRotation: 'Açıklamaların geçişini durdurun',
  playRotation: 'Açıklamaların geçişini başlatın',
  quotePosition: 'Açıklama {current} / {total}',
  noQuote: 'Gösterilecek açıklama yok.',
  quoted: '“{text}”',
} satisfies QuoteStrings;
