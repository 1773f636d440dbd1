// The values a web team writes in the widgets' attributes, each read by one function wherever it is
// written: a list of topics, a day, one of a set of keywords. Feed URLs are read by `feedUrls` (urls.ts).

/** `value` when it is one of `allowed`, else the first of them (the default). */
export const oneOf = <const T extends string>(value: string | undefined, allowed: readonly T[]): T =>
  allowed.includes(value as T) ? (value as T) : allowed[0];

/** The words of a space- or comma-separated list, as `tags="sepca, interpol"` is written. */
export const wordList = (value: string | undefined): string[] => (value ?? '').split(/[\s,]+/).filter(Boolean);

/**
 * A day or moment as written in an attribute: `YYYY-MM-DD` is that whole day where the visitor is (its
 * first moment, or its last with `endOfDay`), anything else as `Date` reads it; undefined when unreadable.
 */
export function localDay(value: string | undefined, endOfDay?: boolean): Date | undefined {
  // No value reads as `new Date('')`, which is unreadable too.
  const text = value?.trim() ?? '';
  const [, y, m, d] = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) ?? [];
  // A day's last moment is a millisecond before the next day begins.
  const date = !y ? new Date(text) : endOfDay ? new Date(+y, +m - 1, +d + 1, 0, 0, 0, -1) : new Date(+y, +m - 1, +d);
  return isNaN(+date) ? undefined : date;
}
