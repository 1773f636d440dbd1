// Albanian: the texts of <press-feed>.
import type { FeedStrings } from '../translation.js';

export default {
  releases: 'Njoftime për shtyp',
  searchLabel: 'Kërkoni në njoftime',
  searchHint: 'Kërkoni në tituj, tekst, persona dhe tema',
  filtersLabel: 'Filtroni njoftimet',
  tagsLabel: 'Temat',
  categoryLabel: 'Kategoria',
  allCategories: 'Të gjitha kategoritë',
  sinceLabel: 'Nga',
  untilLabel: 'Deri',
  clearFilters: 'Pastroni filtrat',
  resultCount: { one: '{count} njoftim', other: '{count} njoftime' },
  noResults: 'Asnjë njoftim nuk përputhet me këta filtra.',
  noSearchResults: 'Asnjë njoftim nuk përputhet me kërkimin tuaj.',
  emptyFeed: 'Ende nuk ka njoftime për shtyp.',
  loadMore: 'Shfaqni më shumë njoftime',
  pagination: 'Faqet e njoftimeve',
  pageLabel: 'Faqja {page}',
  previousPage: 'Faqja e mëparshme',
  nextPage: 'Faqja tjetër',
  newReleases: { one: '{count} njoftim i ri', other: '{count} njoftime të reja' },
  showNewReleases: 'Shfaqni',
  readFullRelease: 'Lexoni njoftimin e plotë',
  hideFullRelease: 'Fshihni njoftimin e plotë',
} satisfies FeedStrings;
