import { foldForSearch } from './fold.js';
import { wordsOfSanitizedHtml } from './text.js';
import type { PressRelease } from './types.js';

export interface ReleaseFilter {
  /** Releases with any (default) or all of these tags; compared like search text. */
  tags?: string[];
  tagMode?: 'any' | 'all';
  category?: string;
  source?: string;
  /** A language tag; `sr` matches `sr-Latn` and `sr-Cyrl`, `sr-Latn` matches `sr` but not `sr-Cyrl`. */
  language?: string;
  /** Published at or after this moment. Releases without a date are left out when a range is set. */
  since?: Date;
  /** Published at or before this moment. */
  until?: Date;
  /** Words that must all occur in the title, summary, text, tags, names or quotes; any case, accents or script. */
  query?: string;
}

interface SearchIndex {
  text: string;
  tags: Set<string>;
  category: string;
  source: string;
  language: string;
}

// Folding is the expensive part of a search; each release is folded once, on the first search that needs it.
const indexes = new WeakMap<PressRelease, SearchIndex>();

function indexOf(release: PressRelease): SearchIndex {
  let index = indexes.get(release);
  if (!index) {
    const parts = [
      release.title,
      release.summary,
      release.category,
      release.source,
      release.location,
      ...release.tags,
      ...release.authors.map((author) => author.name),
      ...release.quotes.flatMap((quote) => [quote.speaker, quote.text, quote.role, quote.organisation]),
      release.contentText ?? (release.contentHtml && wordsOfSanitizedHtml(release.contentHtml)),
    ];
    index = {
      text: foldForSearch(parts.filter(Boolean).join('\n')),
      tags: new Set(release.tags.map(foldForSearch)),
      category: foldForSearch(release.category ?? ''),
      source: foldForSearch(release.source ?? ''),
      language: (release.language ?? '').toLowerCase(),
    };
    indexes.set(release, index);
  }
  return index;
}

/** The releases that match every given criterion, in their original order. */
// Either tag may be the more specific one: a `sr` filter takes `sr-Latn` and `sr-Cyrl` releases, and a
// `sr-Latn` filter takes releases that say only `sr` (their script unknown) but not `sr-Cyrl` ones. A
// release that names no language at all may be in any, so no language filter hides it.
const sameLanguage = (release: string, wanted: string) =>
  !release || release === wanted || release.startsWith(`${wanted}-`) || wanted.startsWith(`${release}-`);

export function filterReleases(items: readonly PressRelease[], filter: ReleaseFilter): PressRelease[] {
  const { since = -Infinity, until = Infinity } = filter;
  const words = foldForSearch(filter.query ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const tags = (filter.tags ?? []).map(foldForSearch).filter(Boolean);
  const category = filter.category && foldForSearch(filter.category);
  const source = filter.source && foldForSearch(filter.source);
  const language = filter.language?.toLowerCase();
  const hasRange = filter.since || filter.until;
  if (!words.length && !tags.length && !category && !source && !language && !hasRange) return [...items];
  return items.filter((release) => {
    // An undated release (or an invalid date) is outside every range.
    const published = release.published?.getTime() ?? NaN;
    if (hasRange && !(published >= +since && published <= +until)) return false;
    const index = indexOf(release);
    return (
      (!language || sameLanguage(index.language, language)) &&
      (!category || index.category === category) &&
      (!source || index.source === source) &&
      (!tags.length || tags[filter.tagMode === 'all' ? 'every' : 'some']((tag) => index.tags.has(tag))) &&
      words.every((word) => index.text.includes(word))
    );
  });
}

/** A sorted copy, by publication date; releases without a date come last in either order. */
export function sortReleases(items: readonly PressRelease[], order: 'newest' | 'oldest'): PressRelease[] {
  const direction = order === 'newest' ? -1 : 1;
  // Undated releases sort as the farthest end of the order; two of them compare NaN, which sort takes as equal.
  const time = (release: PressRelease) => {
    const published = release.published?.getTime() ?? NaN;
    return Number.isNaN(published) ? direction * Infinity : published;
  };
  return [...items].sort((a, b) => (time(a) - time(b)) * direction);
}
