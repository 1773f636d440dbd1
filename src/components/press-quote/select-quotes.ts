import type { PressRelease, Quote } from '../../data/types.js';
import { filterReleases, sortReleases } from '../../data/filter-sort.js';
import { foldForSearch } from '../../data/fold.js';
import { wordList } from '../../data/attribute-values.js';

// The quote's feed code comes in one import: the controller that reads its feed, what picks its quotes,
// and the Serbian transliteration, which a quote shares with the feed and so travels with the data layer.
export { FeedController } from '../../controllers/feed.js';
export { transliterateQuote } from '../../data/script.js';

export type QuotePick = 'latest' | 'random' | 'all';

/**
 * The quotes of the releases that match, newest release first and in each release's own order: by
 * `speaker` (part of the name, any case, with or without accents, either Serbian script), any of the
 * `tags` (space- or comma-separated) and the `release` id; then what `pick` shows of them.
 */
export function chooseQuotes(
  items: readonly PressRelease[],
  speaker = '',
  tags = '',
  release: string | undefined,
  pick: QuotePick,
): Quote[] {
  const name = foldForSearch(speaker).trim();
  const quotes = sortReleases(filterReleases(items, { tags: wordList(tags) }), 'newest')
    .flatMap((item) => (!release || item.id === release ? item.quotes : []))
    .filter((quote) => foldForSearch(quote.speaker).includes(name));
  const index = pick === 'random' ? (Math.random() * quotes.length) | 0 : 0;
  return pick === 'all' ? quotes : quotes.slice(index, index + 1);
}
