// Turkish: the texts of <press-feed>. A noun after a number stays singular, so one form serves every count.
import type { FeedStrings } from '../translation.js';

export default {
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
  resultCount: { one: '{count} bülten', other: '{count} bülten' },
  noResults: 'Bu filtrelere uyan bülten yok.',
  noSearchResults: 'Aramanızla eşleşen bülten yok.',
  emptyFeed: 'Henüz basın bülteni yok.',
  loadMore: 'Daha fazla bülten gösterin',
  pagination: 'Bülten sayfaları',
  pageLabel: 'Sayfa {page}',
  previousPage: 'Önceki sayfa',
  nextPage: 'Sonraki sayfa',
  newReleases: { one: '{count} yeni bülten', other: '{count} yeni bülten' },
  showNewReleases: 'Gösterin',
  readFullRelease: 'Bültenin tamamını okuyun',
  hideFullRelease: 'Bültenin tamamını gizleyin',
} satisfies FeedStrings;
