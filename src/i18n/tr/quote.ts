// Turkish: the texts of <press-quote>.
import type { QuoteTexts } from '../translation.js';

export const quote: QuoteTexts = {
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
  quotePosition: (current, total) => `Açıklama ${current} / ${total}`,
  noQuote: 'Gösterilecek açıklama yok.',
  quoted: (text) => `“${text}”`,
};
