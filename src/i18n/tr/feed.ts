// Turkish: the texts of <press-feed>. A noun after a number stays singular, so one form serves every count.
import type { FeedTexts } from '../translation.js';
import { plural } from '../plural.js';

const count = (n: number, other: string) => plural('tr', n, { other });

export const feed: FeedTexts = {
  releases: 'Basın bültenleri',
  searchLabel: 'Bültenlerde arayın',
  searchHint: 'Başlıklarda, metinde, kişilerde ve konularda arayın',
  filtersLabel: 'Bültenleri filtreleyin',
  tagsLabel: 'Konular',
  categoryLabel: 'Kategori',
  allCategories: 'Tüm kategoriler',
  sinceLabel: 'Başlangıç',
  untilLabel: 'Bitiş',
  clearFilters: 'Filtreleri temizleyin',
  resultCount: (n) => count(n, '{count} bülten'),
  noResults: 'Bu filtrelere uyan bülten yok.',
  emptyFeed: 'Henüz basın bülteni yok.',
  loadMore: 'Daha fazla bülten gösterin',
  pagination: 'Bülten sayfaları',
  pageLabel: (page) => `Sayfa ${page}`,
  previousPage: 'Önceki sayfa',
  nextPage: 'Sonraki sayfa',
  newReleases: (n) => count(n, '{count} yeni bülten'),
  showNewReleases: 'Gösterin',
  readFullRelease: 'Bültenin tamamını okuyun',
  hideFullRelease: 'Bültenin tamamını gizleyin',
};
