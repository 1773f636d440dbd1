// Albanian: the texts of <press-feed>.
import type { FeedTexts } from '../translation.js';
import { plural } from '../plural.js';

const count = (n: number, one: string, other: string) => plural('sq', n, { one, other });

export const feed: FeedTexts = {
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
  resultCount: (n) => count(n, '{count} njoftim', '{count} njoftime'),
  noResults: 'Asnjë njoftim nuk përputhet me këta filtra.',
  emptyFeed: 'Ende nuk ka njoftime për shtyp.',
  loadMore: 'Shfaqni më shumë njoftime',
  pagination: 'Faqet e njoftimeve',
  pageLabel: (page) => `Faqja ${page}`,
  previousPage: 'Faqja e mëparshme',
  nextPage: 'Faqja tjetër',
  newReleases: (n) => count(n, '{count} njoftim i ri', '{count} njoftime të reja'),
  showNewReleases: 'Shfaqni',
  readFullRelease: 'Lexoni njoftimin e plotë',
  hideFullRelease: 'Fshihni njoftimin e plotë',
};
