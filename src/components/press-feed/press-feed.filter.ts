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
