// Turkish: the texts every widget shares. Formal address (siz).
import type { CommonStrings } from '../translation.js';

export default {
  loading: 'Yükleniyor…',
  retry: 'Tekrar deneyin',
  feedError: {
    network: 'Haberler yüklenemedi. Lütfen daha sonra tekrar deneyin.',
    offline: 'İnternet bağlantınız yok. Bağlantı yeniden kurulduğunda haberler yüklenecek.',
    timeout: 'Haber sunucusu zamanında yanıt vermedi. Lütfen tekrar deneyin.',
    http: 'Haber sunucusuna şu anda ulaşılamıyor. Lütfen daha sonra tekrar deneyin.',
    parse: 'Haber akışı bozuk olduğu için haberler okunamadı.',
    format: 'Bu adreste bir haber akışı bulunmuyor.',
    'too-large': 'Haber akışı gösterilemeyecek kadar büyük.',
  },
  staleNotice: 'Bu basın bültenleri güncel olmayabilir. Son güncelleme: {lastUpdated}.',
} satisfies CommonStrings;
