/** The visitor's own filters, as the controls show them. */
export interface VisitorFilter {
  query: string;
  tags: string[];
  category: string;
  /** `YYYY-MM-DD`, as `<input type="date">` gives it. */
  from: string;
  to: string;
}

export const noFilter: VisitorFilter = { query: '', tags: [], category: '', from: '', to: '' };

/** Whether any filter is set: every value, the topics included, is empty when none is. */
export const filtering = (filter: VisitorFilter) => Object.values(filter).join('') !== '';

/** `value` when it is one of `allowed`, else the first of them (the default). */
export const oneOf = <const T extends string>(value: string | undefined, allowed: readonly T[]): T =>
  allowed.includes(value as T) ? (value as T) : allowed[0];

/** The words of a space- or comma-separated list. */
export const list = (value: string | undefined) => (value ?? '').split(/[\s,]+/).filter(Boolean);

/** `YYYY-MM-DD` is a whole local day (its first or last moment); anything else as `Date` reads it. */
export function day(value: string | undefined, end = false): Date | undefined {
  if (!value) return undefined;
  const [, y, m, d] = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) ?? [];
  const date = y ? new Date(+y, +m - 1, +d + (end ? 1 : 0), 0, 0, 0, end ? -1 : 0) : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Page numbers to show: the first, the last, and the current one with its neighbours; 0 marks a gap. */
export function pageWindow(current: number, count: number): number[] {
  const pages = [...new Set([1, current - 1, current, current + 1, count])].filter((page) => page >= 1 && page <= count).sort((a, b) => a - b);
  return pages.flatMap((page, index) => (index && page - pages[index - 1] > 1 ? [0, page] : [page]));
}
