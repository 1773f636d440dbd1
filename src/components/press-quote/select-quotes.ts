import type { PressRelease, Quote } from '../../data/types.js';
import { filterReleases, sortReleases } from '../../data/filter-sort.js';
import { foldForSearch } from '../../data/fold.js';

export type QuotePick = 'latest' | 'random' | 'all';

export interface QuoteChoice {
  /** Part of the speaker's name, in any case, with or without accents, in either Serbian script. */
  speaker?: string;
  /** Quotes from releases with any of these tags. */
  tags?: string[];
  /** Quotes from this release only. */
  release?: string;
}

/** The quotes of the releases that match, newest release first, in each release's own order. */
export function matchingQuotes(items: readonly PressRelease[], choice: QuoteChoice): Quote[] {
  const releases = filterReleases(items, { tags: choice.tags }).filter((release) => !choice.release || release.id === choice.release);
  const speaker = foldForSearch(choice.speaker ?? '').trim();
  return sortReleases(releases, 'newest')
    .flatMap((release) => release.quotes)
    .filter((quote) => !speaker || foldForSearch(quote.speaker).includes(speaker));
}

/** What `pick` shows of the matching quotes; `random` draws one (`random` is replaceable for tests). */
export function pickQuotes(quotes: Quote[], pick: QuotePick, random: () => number = Math.random): Quote[] {
  if (pick === 'all' || quotes.length < 2) return quotes;
  return [quotes[pick === 'random' ? Math.floor(random() * quotes.length) : 0]];
}
