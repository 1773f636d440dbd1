import { foldForSearch } from './fold.js';
import { wordsOfSanitizedHtml } from './text.js';
import type { PressRelease } from './types.js';

export interface ReleaseFilter {
  /** Releases with any (default) or all of these tags; compared like search text. */
  tags?: string[];
  tagMode?: 'any' | 'all';
  category?: string;
  source?: string;
  /** A language tag; `sr` matches `sr-Latn` and `sr-Cyrl`, `sr-Latn` does not match `sr`. */
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
      release.title, release.summary, release.category, release.source, release.location, ...release.tags,
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

function matchesLanguage(wanted: string, actual: string): boolean {
  return actual === wanted || actual.startsWith(`${wanted}-`);
}

/** The releases that match every given criterion, in their original order. */
export function filterReleases(items: readonly PressRelease[], filter: ReleaseFilter): PressRelease[] {
  const words = filter.query ? foldForSearch(filter.query).split(/\s+/).filter(Boolean) : [];
  const tags = (filter.tags ?? []).map(foldForSearch).filter(Boolean);
  const category = filter.category && foldForSearch(filter.category);
  const source = filter.source && foldForSearch(filter.source);
  const language = filter.language?.toLowerCase();
  const since = filter.since?.getTime();
  const until = filter.until?.getTime();
  const hasRange = since !== undefined || until !== undefined;
  if (!words.length && !tags.length && !category && !source && !language && !hasRange) return [...items];

  return items.filter((release) => {
    if (hasRange) {
      const published = release.published?.getTime();
      if (published === undefined || Number.isNaN(published)) return false;
      if (since !== undefined && published < since) return false;
      if (until !== undefined && published > until) return false;
    }
    const index = indexOf(release);
    if (language && !matchesLanguage(language, index.language)) return false;
    if (category && index.category !== category) return false;
    if (source && index.source !== source) return false;
    if (tags.length) {
      const matches = filter.tagMode === 'all' ? tags.every((tag) => index.tags.has(tag)) : tags.some((tag) => index.tags.has(tag));
      if (!matches) return false;
    }
    return words.every((word) => index.text.includes(word));
  });
}

/** A sorted copy, by publication date; releases without a date come last in either order. */
export function sortReleases(items: readonly PressRelease[], order: 'newest' | 'oldest'): PressRelease[] {
  const direction = order === 'newest' ? -1 : 1;
  const time = (release: PressRelease) => release.published?.getTime() ?? Number.NaN;
  return [...items].sort((a, b) => {
    const timeA = time(a);
    const timeB = time(b);
    if (Number.isNaN(timeA) || Number.isNaN(timeB)) return Number(Number.isNaN(timeA)) - Number(Number.isNaN(timeB));
    return (timeA - timeB) * direction;
  });
}
